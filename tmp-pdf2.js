const pdfjs=require("pdfjs-dist/legacy/build/pdf.mjs");
globalThis.pdfjsWorker=require("pdfjs-dist/legacy/build/pdf.worker.mjs");
const fs=require("fs");
const {pdfText}=require("./lib/core/files/pdfText");
(async()=>{
const doc=await pdfjs.getDocument({data:new Uint8Array(fs.readFileSync(process.argv[2])),isEvalSupported:false}).promise;
const pages=[];
for(let n=1;n<=doc.numPages;n++){
 const page=await doc.getPage(n);const vp=page.getViewport({scale:1});
 const tc=await page.getTextContent();
 const texts=tc.items.filter(i=>"str" in i).map(i=>({str:i.str,x:i.transform[4],y:i.transform[5],w:i.width,h:i.height}));
 const ops=await page.getOperatorList();const rules=[];
 ops.fnArray.forEach((f,i)=>{ if(f===pdfjs.OPS.constructPath){const [o,c]=ops.argsArray[i];let k=0,cx=0,cy=0;for(const op of o){ if(op===pdfjs.OPS.moveTo){cx=c[k++];cy=c[k++];} else if(op===pdfjs.OPS.lineTo){const x=c[k++],y=c[k++];rules.push({x1:cx,y1:cy,x2:x,y2:y});cx=x;cy=y;} else if(op===pdfjs.OPS.rectangle){k+=4;} else if(op===pdfjs.OPS.curveTo)k+=6; else if(op===pdfjs.OPS.curveTo2||op===pdfjs.OPS.curveTo3)k+=4;}}});
 pages.push({width:vp.width,height:vp.height,texts,rules});
}
const t=pdfText(pages);console.log(t.slice(0,700));
const {parseBreakdown}=require("./lib/core/parse/parseBreakdown");require("/tmp/rd/cmp.js")(parseBreakdown(t),"pdf");
})();
