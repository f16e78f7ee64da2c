/**
 * More Traditional → simplified characters for folding (fold.ts), pair by pair: the characters of the
 * vocabulary's labels, role words and unit suffixes, of place names and of the common words of a notice, so
 * that a Traditional-script copy (牽頭單位 / 縣財政局 / 完成時限) reads as the simplified one. Unit names are
 * still kept as written; only matching sees the simplified form.
 * 標 (目標) is left out for now: with it a Traditional table copy whose 项目 column holds 主要預期目標 over
 * numbered targets reads as its simplified form does, which the table readers misread (see the report of
 * the copy-transforms round); the transforms' word list leaves 标 out with it.
 */
export const MORE_TRADITIONAL =
  "節节稱称預预備备註注態态審审國国醫医療疗傳传戰战紀纪婦妇殘残氣气郵邮銀银險险糧粮儲储訪访檔档編编師师強强綜综執执調调創创學学養养興兴問问題题現现戶户畝亩還还對对讓让給给條条車车館馆義义漢汉雲云貴贵" +
  "遼辽蘇苏閩闽贛赣魯鲁粵粤瓊琼陝陕寧宁慶庆島岛灣湾濱滨橋桥豐丰樂乐寶宝龍龙馬马綠绿紅红黃黄鋼钢鐵铁礦矿熱热準准範范測测認认許许評评價价購购買买貿贸費费貸贷債债補补貼贴獎奖勵励貧贫災灾護护藥药習习訓训圖图" +
  "圍围繞绕線线鏈链帶带結结決决崗岗漁渔藝艺術术視视聽听聞闻競竞賽赛觀观倉仓庫库遞递輛辆軌轨閘闸廢废棄弃廁厕廚厨樓楼樹树濕湿淨净潔洁減减風风隱隐掃扫惡恶訴诉訟讼糾纠紛纷維维穩稳復复簡简雙双擁拥兩两盡尽遠远" +
  "遷迁適适連连繼继斷断匯汇賬账簽签訂订討讨論论請请擔担際际績绩類类則则確确嚴严擴扩鞏巩壯壮幫帮償偿賠赔罰罚懲惩違违軟软載载樞枢紐纽診诊麗丽籌筹謀谋爭争權权幹干徵征勢势獲获榮荣譽誉顧顾錄录擇择劉刘陳陈楊杨" +
  "趙赵吳吴孫孙鄭郑馮冯羅罗鄧邓蕭萧謝谢韋韦盧卢錢钱湯汤陸陆龔龚鄒邹葉叶閆闫賈贾齊齐錫锡揚扬紹绍溫温蕪芜廈厦饒饶鷹鹰隨随婁娄懷怀欽钦賀贺畢毕綿绵瀘泸涼凉臨临隴陇蘭兰烏乌錦锦鶴鹤綏绥晉晋呂吕濰潍棗枣駐驻煙烟" +
  "鹽盐邊边緩缓麼么幾几沒没歷历歲岁齡龄兒儿眾众親亲撫抚殯殡鄰邻廠厂軸轴極极階阶輪轮棟栋張张噸吨頃顷頁页碼码牆墙塊块壞坏澇涝賭赌緝缉偵侦駛驶壩坝獸兽觸触響响額额頻频顯显灘滩涇泾滬沪蔣蒋愛爱讀读寫写說说話话" +
  "語语識识譯译講讲誤误誰谁課课談谈諸诸謂谓貨货販贩贈赠輔辅較较輕轻針针鏡镜閉闭閱阅陰阴陣阵雜杂難难順顺須须顏颜願愿飛飞飯饭飲饮餘余髮发鬧闹魚鱼鳥鸟麥麦齒齿龜龟";
