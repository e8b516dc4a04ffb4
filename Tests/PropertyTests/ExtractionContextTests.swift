import AuditCore
import Extraction
import Foundation
import PropertyBased
import Testing

/// A sentence stating one figure, built from parts: 全镇共有贫困户 + 约 + 1451 + 余 + 户 + 以上 + 。
struct FigureSentence: Sendable, CustomStringConvertible {
    var subject: String
    var before: String
    var number: String
    var approximation: String
    var unit: String
    var after: String

    var text: String { subject + before + number + approximation + unit + after + "。" }
    var description: String { text }
}

/// Sentences with no numeral character, no digit and no unit, ending in 。 (some with a line break).
struct Filler: Sendable, CustomStringConvertible {
    var sentences: [String]

    var text: String { sentences.joined() }
    var description: String { text }
}

enum Templates {
    static let subjects = ["全镇共有贫困户", "全县建档立卡贫困人口", "该村耕地面积", "全年接待游客", "其中甲村", "共计投入资金",
                           "全乡发展特色种植", "截至目前累计完成造林", "新建村级活动场所", "该合作社带动"]
    static let befores = ["", "", "约", "近", "超过", "不足", "共"]
    static let approximations = ["", "", "", "余", "多"]
    static let units = ["户", "人", "亩", "元", "吨", "公里", "个", "名", "%", "平方米", "人次", "项"]
    static let afters = ["", "", "以上", "左右", "以下"]

    /// The figure's number in one of the ways reports write it.
    static let numbers = zip(Gen.int(in: 1...99_999), Gen.int(in: 0...6), Gen.int(in: 0...99))
        .map { value, form, fraction -> String in
            switch form {
            case 0: return String(value)
            case 1: return value >= 1000 ? "\(value / 1000),\(String(value % 1000 + 1000).dropFirst())" : String(value)
            case 2: return "\(value).\(fraction / 10)\(fraction % 10)"
            case 3: return "\(value % 1000).\(fraction % 10)万"
            case 4:
                var writer = ChineseNumeralWriter(style: ChineseNumeralStyle(liangChoices: fraction))
                return writer.write(value)
            case 5: return "\(value % 100 + 10)**"
            default: return "\(value % 100)万"
            }
        }

    static let sentences = zip(
        Gen.element(of: subjects), Gen.element(of: befores), numbers, Gen.element(of: approximations),
        Gen.element(of: units), Gen.element(of: afters)
    ).map { subject, before, number, approximation, unit, after in
        FigureSentence(subject: subject!, before: before!, number: number, approximation: approximation!, unit: unit!, after: after!)
    }

    static let actors = ["村委会", "镇政府", "县委", "扶贫办", "合作社", "驻村工作队", "广大群众", "各部门"]
    static let actions = ["认真开展", "积极推进", "全面落实", "持续加强", "深入学习", "统筹安排"]
    static let objects = ["产业发展工作", "基础设施建设", "人居环境整治", "技能培训", "政策宣传", "乡村振兴战略"]
    static let endings = ["。", "。", "。", "。\n", "。\r\n"]

    static let fillerSentence = zip(Gen.element(of: actors), Gen.element(of: actions), Gen.element(of: objects), Gen.element(of: endings))
        .map { actor, action, object, ending in actor! + action! + object! + ending! }

    static let fillers = fillerSentence.array(of: 0...4).map { Filler(sentences: $0) }
}

@Suite("A figure reads the same whatever text surrounds its sentence")
struct ExtractionContextTests {
    @Test func fillerHasNoNumeralsOrUnits() {
        let numeralish = Set("零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟廿卅半几余多0123456789%".unicodeScalars)
        for part in Templates.actors + Templates.actions + Templates.objects {
            #expect(!part.unicodeScalars.contains(where: numeralish.contains), "\(part)")
            #expect(FigureExtractor.extract(SourceText(part + "。")).figures.isEmpty, "\(part)")
        }
    }

    @Test func embeddingShiftsTheSpanAndChangesNothingElse() async {
        await propertyCheck(count: 300, input: Templates.sentences, Templates.fillers, Templates.fillers) { sentence, prefix, suffix in
            let alone = FigureExtractor.extract(SourceText(sentence.text)).figures
            #expect(!alone.isEmpty, "no figure in \(sentence)")
            let shift = prefix.text.unicodeScalars.count
            let sentenceRange = shift..<(shift + sentence.text.unicodeScalars.count)
            let embeddedText = SourceText(prefix.text + sentence.text + suffix.text)
            let embedded = FigureExtractor.extract(embeddedText).figures.filter { sentenceRange.contains($0.span.offset) }
            #expect(embedded.count == alone.count,
                    "\(sentence): \(alone.map(\.text)) alone, \(embedded.map(\.text)) after '\(prefix)'")
            for (single, inContext) in zip(alone, embedded) {
                let context = "\(single.text) in '\(prefix)|\(sentence)|\(suffix)'"
                #expect(inContext.text == single.text, "\(context): text \(inContext.text)")
                #expect(inContext.value == single.value, "\(context): value \(String(describing: inContext.value))")
                #expect(inContext.unit == single.unit, "\(context): unit \(String(describing: inContext.unit))")
                #expect(inContext.qualifier == single.qualifier, "\(context): qualifier \(inContext.qualifier)")
                #expect(inContext.interval == single.interval, "\(context): interval \(String(describing: inContext.interval))")
                #expect(inContext.masked == single.masked, "\(context): masked")
                #expect(inContext.span.offset == single.span.offset + shift, "\(context): offset \(inContext.span.offset)")
                #expect(inContext.span.length == single.span.length, "\(context): length \(inContext.span.length)")
                #expect(inContext.span == embeddedText.span(inContext.span.range), "\(context): line and column")
            }
        }
    }
}
