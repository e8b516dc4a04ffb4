import AuditCore
import Foundation

/// The units figaudit knows, matched longest-first at a position in the text.
///
/// Traditional and simplified spellings map to one canonical unit (畝/亩, 戶/户, 萬/万).
public enum UnitLexicon {
    /// One lexicon entry: how a unit is written and what it means.
    public struct Entry: Sendable {
        /// The written form.
        public var written: String
        /// The canonical unit.
        public var canonical: String
        /// Factor from the written unit to the canonical one.
        public var scale: Decimal
        /// What it measures.
        public var dimension: MeasureDimension
        /// Whether the unit is a classifier (个, 家, 项) that is followed by the thing counted.
        public var isClassifier: Bool
        /// Whether `scale` is 1, decided once here rather than by a Decimal comparison per figure.
        public var scaleIsOne: Bool = false
        /// The length of the written form in scalars.
        public var length: Int = 0
        /// The written form as scalars, for matching without touching `String` on the hot path.
        var scalars: [Unicode.Scalar] { Array(written.unicodeScalars) }
    }

    // Each row: written forms, canonical, scale, dimension. Order does not matter: matching is longest-first.
    private struct Row {
        var forms: [String]
        var canonical: String
        var scale: Decimal
        var dimension: MeasureDimension
        init(_ forms: [String], _ canonical: String, _ scale: Decimal, _ dimension: MeasureDimension) {
            self.forms = forms
            self.canonical = canonical
            self.scale = scale
            self.dimension = dimension
        }
    }

    private static let rows: [Row] = [
        Row(["人次"], "人次", 1, .persons),
        Row(["人", "名", "位", "口人"], "人", 1, .persons),
        // 住户 after a number counts households ("覆盖约282万住户").
        Row(["户", "戶", "住户", "住戶"], "户", 1, .households),
        Row(["元", "块钱"], "元", 1, .money),
        Row(["千元"], "元", 1000, .money),
        Row(["美元", "美圆", "美金"], "美元", 1, .money),
        Row(["港元", "港币", "港幣"], "港元", 1, .money),
        Row(["澳门元", "澳門元", "澳门币", "澳門幣"], "澳门元", 1, .money),
        Row(["欧元", "歐元"], "欧元", 1, .money),
        Row(["日元", "日圓"], "日元", 1, .money),
        Row(["台币", "台幣", "新台币"], "台币", 1, .money),
        Row(["英镑", "英鎊"], "英镑", 1, .money),
        Row(["瑞士法郎"], "瑞士法郎", 1, .money),
        Row(["人民币", "人民幣"], "元", 1, .money),
        Row(["亩", "畝"], "亩", 1, .area),
        Row(["平方米", "平米", "㎡", "平方", "平方公尺"], "平方米", 1, .area),
        Row(["平方公里", "平方千米", "km²", "km2"], "平方米", 1_000_000, .area),
        Row(["公顷", "公頃"], "平方米", 10000, .area),
        Row(["米", "m", "公尺"], "米", 1, .length),
        Row(["公里", "千米", "km", "KM"], "米", 1000, .length),
        Row(["厘米", "公分", "cm", "CM"], "米", Decimal(string: "0.01")!, .length),
        Row(["吨", "噸", "公吨", "公噸"], "公斤", 1000, .mass),
        Row(["公斤", "千克", "kg", "KG"], "公斤", 1, .mass),
        Row(["斤"], "公斤", Decimal(string: "0.5")!, .mass),
        Row(["克"], "公斤", Decimal(string: "0.001")!, .mass),
        // 担 (市担) is 50 kg: tobacco leaf is bought by it (收购烟叶112担).
        Row(["担", "擔"], "公斤", 50, .mass),
        Row(["毫克"], "公斤", Decimal(string: "0.000001")!, .mass),
        Row(["微克"], "公斤", Decimal(string: "0.000000001")!, .mass),
        Row(["立方米", "立方", "方", "m³", "立方公尺"], "立方米", 1, .volume),
        Row(["升"], "立方米", Decimal(string: "0.001")!, .volume),
        Row(["千瓦时", "千瓦小时", "千瓦時", "千瓦小時", "度", "kWh", "kwh"], "千瓦时", 1, .energy),
        Row(["兆瓦时", "兆瓦時", "MWh"], "千瓦时", 1000, .energy),
        Row(["千瓦", "kW", "kw"], "千瓦", 1, .power),
        Row(["瓦", "W"], "千瓦", Decimal(string: "0.001")!, .power),
        Row(["兆瓦", "MW"], "千瓦", 1000, .power),
        Row(["%", "％"], "%", 1, .percent),
        Row(["‰"], "%", Decimal(string: "0.1")!, .percent),
        Row(["个百分点", "個百分點"], "个百分点", 1, .percent),
        Row(["个月", "個月"], "月", 1, .time),
        Row(["年"], "年", 1, .time),
        Row(["天", "日"], "天", 1, .time),
        Row(["小时", "小時"], "小时", 1, .time),
        Row(["周"], "周", 1, .time),
        Row(["次", "场", "場", "期", "轮", "輪", "届", "屆", "趟", "批次"], "次", 1, .events),
        // Trips of vehicles: ships, flights, trains and buses (监管船舶8.36万艘次, 開行列車1,036列次).
        Row(["艘次"], "艘次", 1, .events), Row(["架次"], "架次", 1, .events), Row(["列次"], "列次", 1, .events),
        Row(["车次", "車次"], "车次", 1, .events), Row(["航次"], "航次", 1, .events), Row(["班次"], "班次", 1, .events),
        // Observations at stations (检验样本3,650站次), not stations.
        Row(["站次"], "站次", 1, .events),
        // 周年 counts years since a founding (建会100周年), not weeks.
        Row(["周年", "週年"], "年", 1, .time),
        // 起 counts cases and incidents (事故8起, 立案862起); it is its own unit, not 次.
        Row(["起"], "起", 1, .events),
        // 个 and 家 count alike; other classifiers count other things (1700盏 lamps are not 24个 projects).
        Row(["个", "個", "家", "所"], "个", 1, .count),
        Row(["座"], "座", 1, .count), Row(["处", "處"], "处", 1, .count),
        Row(["间", "間"], "间", 1, .count), Row(["台"], "台", 1, .count), Row(["辆", "輛"], "辆", 1, .count),
        Row(["栋", "棟"], "栋", 1, .count), Row(["套"], "套", 1, .count), Row(["张", "張"], "张", 1, .count),
        Row(["本"], "本", 1, .count), Row(["份"], "份", 1, .count), Row(["条", "條"], "条", 1, .count),
        Row(["盏", "盞"], "盏", 1, .count), Row(["头", "頭"], "头", 1, .count), Row(["只", "隻"], "只", 1, .count),
        Row(["羽"], "羽", 1, .count), Row(["株", "棵"], "株", 1, .count), Row(["支"], "支", 1, .count),
        Row(["匹"], "匹", 1, .count), Row(["口"], "口", 1, .count), Row(["项", "項"], "项", 1, .count),
        Row(["批"], "批", 1, .count), Row(["村"], "村", 1, .count), Row(["组", "組"], "组", 1, .count),
        Row(["片"], "片", 1, .count), Row(["块", "塊"], "块", 1, .count), Row(["篇"], "篇", 1, .count),
        // 宗 counts cases as 件 does (Hong Kong and Macau usage: 受理投訴2,487宗); archives count
        // files in 卷 and items in 件 as one holding (馆藏档案186,420卷（件）).
        Row(["件", "宗", "卷"], "件", 1, .count), Row(["幅"], "幅", 1, .count), Row(["部"], "部", 1, .count),
        Row(["种", "種"], "种", 1, .count), Row(["类", "類"], "类", 1, .count),
        // 档 counts shows and exhibitions (特展12檔); 枚 counts stamps, coins and medals.
        Row(["档", "檔"], "档", 1, .count), Row(["枚"], "枚", 1, .count), Row(["班"], "班", 1, .count),
        // Ships, aircraft and stations (渔船326艘, 无人机12架, 車站八站).
        Row(["艘"], "艘", 1, .count), Row(["架"], "架", 1, .count), Row(["站"], "站", 1, .count),
        // Cases of goods (卷烟9.86万箱) and containers (612.4万标准箱, TEU).
        Row(["箱"], "箱", 1, .count),
        Row(["标准箱", "標準箱", "TEU"], "标准箱", 1, .count),
    ]

    /// Classifiers: counted things follow them ("3个贫困村"), so the subject is after the figure.
    private static let classifiers: Set<String> = [
        "个", "個", "家", "所", "座", "处", "處", "间", "間", "台", "辆", "輛", "栋", "棟", "套", "张", "張", "本",
        "份", "条", "條", "盏", "盞", "头", "頭", "只", "隻", "羽", "株", "棵", "支", "匹", "口", "项", "項", "批",
        "种", "種", "类", "類", "件", "幅", "部", "名", "位", "次", "场", "場", "期", "轮", "輪", "届", "屆", "起",
        "档", "檔", "枚", "宗", "班", "艘", "架", "站", "箱", "卷",
    ]

    private static let table: [Unicode.Scalar: [(entry: Entry, scalars: [Unicode.Scalar])]] = {
        var table: [Unicode.Scalar: [(entry: Entry, scalars: [Unicode.Scalar])]] = [:]
        for row in rows {
            for form in row.forms {
                let entry = Entry(
                    written: form, canonical: row.canonical, scale: row.scale, dimension: row.dimension,
                    isClassifier: classifiers.contains(form), scaleIsOne: row.scale == 1, length: form.unicodeScalars.count
                )
                table[form.unicodeScalars.first!, default: []].append((entry, Array(form.unicodeScalars)))
            }
        }
        for key in table.keys {
            table[key]!.sort { $0.scalars.count > $1.scalars.count }
        }
        return table
    }()

    /// Every canonical unit with the dimension it measures. Each canonical unit measures one
    /// dimension, which lets checks compare dimensions before unit names.
    public static var canonicalDimensions: [(canonical: String, dimension: MeasureDimension)] {
        rows.map { ($0.canonical, $0.dimension) }
    }

    /// The longest unit written at `index`, if any.
    public static func match(_ scalars: [Unicode.Scalar], at index: Int) -> Entry? {
        guard index < scalars.count, let candidates = table[scalars[index]] else { return nil }
        for (entry, written) in candidates where matches(written, scalars, at: index) {
            // A Latin unit ("m", "kW") must not be the start of a longer Latin word.
            let end = index + written.count
            if written[0].isASCII, end < scalars.count, scalars[end].isASCII, scalars[end].properties.isAlphabetic {
                continue
            }
            return entry
        }
        return nil
    }

    /// Whether `word` is written at `index` in `scalars`.
    public static func matchesWord(_ word: String, _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        matches(word, scalars, at: index)
    }

    /// Whether the scalars of `word` are written at `index` in `scalars`.
    public static func matchesWord(_ word: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        matches(word, scalars, at: index)
    }

    /// Whether the scalars of `word` are written at `index`.
    @inline(__always)
    static func matches(_ word: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        var position = index
        for scalar in word {
            guard scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// Whether `word` is written at `index`.
    static func matches(_ word: String, _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var position = index
        for scalar in word.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// The unit that a written form names, for figure files that give units as text.
    public static func entry(named written: String) -> Entry? {
        let scalars = Array(written.unicodeScalars)
        guard let entry = match(scalars, at: 0), entry.written.unicodeScalars.count == scalars.count else {
            return nil
        }
        return entry
    }
}
