import AuditCore
import Extraction
import Foundation

/// Shares of one whole that add up to more than the whole.
///
/// ## What it checks
/// In one statement (a sentence, or sentences joined by semicolons, until a group of shares makes
/// up 100%), percentages written as shares (汉族占58.2%, 一产比重为12.1%, 分别占…的12.1%、
/// 35.6%) are grouped by the whole they are shares of (占地区生产总值的 → 地区生产总值) and by the
/// kind of group they name, read from the last character of the subject (汉族、彝族、苗族 are
/// 族; 男性、女性 are 性). The shares of a group of two or more distinct subjects must add up to at
/// most 100%, within the rounding of each share.
///
/// Bands open at one end may close a partition (30岁以下, 30-50岁, 50岁以上), but two bands open
/// the same way nest (大专以上, 本科以上), so such a group is left out. So are nominal clauses
/// ending in 的 (关注就业的), which name the answers of a question that allows several, and a
/// subject stated twice (女性, 上年女性), which is one share of two times.
///
/// ## Why it matters
/// Parts of one whole cannot make up more than all of it: one share, or the breakdown, is wrong.
///
/// ## Example
/// "汉族占58.2%、彝族占35.6%、苗族占8.1%" adds up to 101.9%.
public enum ShareKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// Words before the whole that make a share: 占.
        public var shareWords: [String]
        /// Words that end a share's label: 比重, 占比, 比例.
        public var shareNames: [String]
        /// Verbs and adverbs dropped from the end of a label before it is read: 为, 达, 约.
        public var trailingWords: [String]
        /// Words dropped from the start of a subject: 其中, 分别.
        public var leadingWords: [String]
        /// Subjects with these words are no share: 增长, 同比.
        public var excludeLabels: [String]
        /// Nouns that hold an excluded word but name a quantity: 增加值 (value added) holds 增加.
        public var excludeExceptions: [String]?
        /// Words of classifications that cut across one another (高新技术产业, 战略性新兴产业): a group
        /// whose subjects name two of them overlaps, and is left out. None when absent.
        public var overlappingSubjects: [String]?
        /// Words of a band open upwards (65岁及以上); two such bands in a group nest (大专以上, 本科以上).
        public var aboveWords: [String]
        /// Words of a band open downwards (30岁以下); two such bands in a group nest.
        public var belowWords: [String]
        /// Words before a subject that name its complement (非住房消费 of 住房消费).
        public var complementWords: [String]
        /// Words that open a subject naming the rest of a partition (其他, 其他原因, 其余).
        public var remainderWords: [String]

        enum CodingKeys: String, CodingKey {
            case shareWords = "share-words"
            case shareNames = "share-names"
            case trailingWords = "trailing-words"
            case leadingWords = "leading-words"
            case excludeLabels = "exclude-labels"
            case excludeExceptions = "exclude-exceptions"
            case overlappingSubjects = "overlapping-subjects"
            case aboveWords = "above-words"
            case belowWords = "below-words"
            case complementWords = "complement-words"
            case remainderWords = "remainder-words"
        }
    }

    /// A share figure, with what it is a share of.
    struct Share {
        /// The figure's index.
        var index: Int
        /// The whole it is a share of, "" for the sentence's own subject.
        var whole: String
        /// What it counts: 汉族, 男性, or "" for the members of a 分别 list.
        var subject: String
        /// The group it belongs to: its whole and the last character of its subject, or its 分别 list.
        var group: String
        /// Whether its own label names the whole (占湿地面积的46.2%), rather than taking it from the
        /// share before.
        var namesWhole = false
    }

    /// Sums the shares of each group in each sentence.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let figures = input.extracted.figures
        var results = KindResults()
        let scalars = input.extracted.text.scalars
        // Most percentages are changes (增长8%): a byte search of the label rules them out first.
        let shareLabels = LabelWords(parameters.shareWords + parameters.shareNames)
        var start = 0
        while start < figures.count {
            // Parallel shares are often written as clauses between semicolons ("男性…，占54.2%；女性…，
            // 占47.9%"), which end sentences: a statement runs on over them.
            var end = start + 1
            while end < figures.count {
                if figures[end].sentence == figures[end - 1].sentence {
                    end += 1
                    continue
                }
                // "…65歲以上觀眾占17.9%；國內觀眾占85.6%…": shares that already make up a whole
                // end their statement at the semicolon; what follows is another breakdown.
                guard endsWithSemicolon(figures[end - 1].sentence, figures[end].sentence, in: scalars),
                      !makesUpWhole(figures, start..<end, shareLabels: shareLabels, parameters: parameters) else { break }
                end += 1
            }
            if (start..<end).contains(where: { ShareLabel.isWrittenPercent(figures[$0]) }) {
                let shares = sentenceShares(figures, start..<end, shareLabels: shareLabels, parameters: parameters)
                judge(shares, figures: figures, parameters: parameters, into: &results)
            }
            start = end
        }
        return results
    }

    /// Whether a group of shares in `range` adds up to 100% or more, rounding allowed.
    private static func makesUpWhole(_ figures: [Figure], _ range: Range<Int>, shareLabels: LabelWords, parameters: Parameters) -> Bool {
        guard range.contains(where: { ShareLabel.isWrittenPercent(figures[$0]) }) else { return false }
        var sums: [String: Decimal] = [:]
        for share in sentenceShares(figures, range, shareLabels: shareLabels, parameters: parameters) {
            guard let upper = figures[share.index].interval?.upper else { continue }
            sums[share.group, default: 0] += upper
        }
        return sums.values.contains { $0 >= 100 }
    }

    /// Whether `first` ends at a semicolon and `second` is the sentence right after it.
    private static func endsWithSemicolon(_ first: Range<Int>, _ second: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        // A figure with no number ("投资万元") has its own span for a sentence, inside the real one.
        guard first.upperBound <= second.lowerBound, FigureIndex.endsWithSemicolon(first, in: scalars) else { return false }
        return !scalars[first.upperBound..<second.lowerBound].contains { !$0.properties.isWhitespace && $0 != "；" && $0 != ";" }
    }

    /// The shares of one sentence's figures.
    private static func sentenceShares(_ figures: [Figure], _ range: Range<Int>, shareLabels: LabelWords, parameters: Parameters) -> [Share] {
        var shares: [Share] = []
        var listGroup: String?
        var lastLabel = ""
        for index in range {
            let figure = figures[index]
            guard ShareLabel.isWrittenPercent(figure) else {
                lastLabel = figure.label
                listGroup = nil
                continue
            }
            // A bare percentage right after a 分别 share is the next share of its list.
            if figure.label.isEmpty, let group = listGroup {
                shares.append(Share(index: index, whole: shares.last!.whole, subject: "", group: group))
                continue
            }
            guard shareLabels.occur(in: figure) else {
                listGroup = nil
                continue
            }
            let label = ShareLabel.trimmed(figure.label, dropping: parameters.trailingWords, fromEnd: true)
            if label.isEmpty, let group = listGroup {
                shares.append(Share(index: index, whole: shares.last!.whole, subject: "", group: group))
                continue
            }
            listGroup = nil
            guard let (subjectWords, statedWhole) = ShareLabel.split(label, shareWords: parameters.shareWords, shareNames: parameters.shareNames)
            else { continue }
            var whole = statedWhole
            // "住院支出占基金支出的62.4%，门诊支出占28.7%": a share with no whole of its own is of the
            // whole named last in the statement.
            if whole.isEmpty, let named = shares.last(where: { !$0.whole.isEmpty }) { whole = named.whole }
            var subject = subjectWords
            // "男性1200人，占54.2%": the subject is the figure the share follows.
            if subject.isEmpty { subject = lastLabel }
            subject = ShareLabel.trimmed(subject, dropping: parameters.leadingWords, fromEnd: false)
            if figure.cues.contains(.respectively) {
                let group = "\(whole)\u{1F}list\(index)"
                shares.append(Share(index: index, whole: whole, subject: "", group: group))
                listGroup = group
                continue
            }
            guard let last = subject.unicodeScalars.last, last.properties.isIdeographic, last != "的",
                  !containsYear(subject),
                  !excluded(subject, parameters: parameters) else { continue }
            shares.append(Share(index: index, whole: whole, subject: subject, group: "\(whole)\u{1F}\(last)", namesWhole: !statedWhole.isEmpty))
        }
        measureNamedOnce(&shares)
        lastShareClosesList(&shares, figures: figures)
        return shares
    }

    /// "华东地区占41.6%，华北地区占18.3%，华南地区占16.9%，华中及西部地区占14.2%，海外市场占12.5%":
    /// the last share, alone in its group and taking its whole from the shares before, closes a
    /// list of three or more shares of one group right before it that falls short of 99%, when
    /// with it the list comes to at most 110%. A share of another classification (少数民族 after
    /// 城镇 and 农村) mostly follows a list already whole, or takes the sum far past 100%.
    private static func lastShareClosesList(_ shares: inout [Share], figures: [Figure]) {
        guard shares.count >= 4, let last = shares.last, !last.subject.isEmpty, !last.namesWhole,
              !shares.dropLast().contains(where: { $0.group == last.group }),
              let group = shares.dropLast().last?.group else { return }
        let run = shares.dropLast().reversed().prefix { $0.group == group }
        guard run.count >= 3, run.allSatisfy({ $0.whole == last.whole && !$0.subject.isEmpty }),
              let closing = figures[last.index].interval?.lower else { return }
        var least = Decimal(0)
        var most = Decimal(0)
        for share in run {
            guard let interval = figures[share.index].interval, let lower = interval.lower, let upper = interval.upper else { return }
            least += lower
            most += upper
        }
        guard most < 99, least + closing <= 110 else { return }
        shares[shares.count - 1].group = group
    }

    /// "乐透型游戏销售额占52.3%，即开型游戏占18.6%": the first share names the measure shared
    /// (销售额, 增加值) after its subject, and the shares after it leave it out. When the first
    /// share's group has no other member, and two to four scalars from its end stands the group
    /// scalar of a later share of its whole, it joins that group.
    private static func measureNamedOnce(_ shares: inout [Share]) {
        guard let first = shares.firstIndex(where: { !$0.subject.isEmpty }),
              !shares.indices.contains(where: { $0 != first && shares[$0].group == shares[first].group }) else { return }
        let whole = shares[first].whole
        let laterLasts = Set(shares[(first + 1)...].filter { $0.whole == whole && !$0.subject.isEmpty }.compactMap(\.subject.unicodeScalars.last))
        guard !laterLasts.isEmpty else { return }
        // "芦苇沼泽占湿地面积的46.2%，河流湿地占31.5%，湖泊湿地占28.7%": the first share names the
        // whole the others take from it, and they are one group: the first joins it.
        let inheriting = shares[(first + 1)...].filter { $0.whole == whole && !$0.subject.isEmpty && !$0.namesWhole }
        if shares[first].namesWhole, inheriting.count >= 2, Set(inheriting.map(\.group)).count == 1 {
            shares[first].group = inheriting[0].group
            return
        }
        // A note in brackets (乐透型游戏（双色球、七乐彩）销售额) is no part of the subject's words.
        var scalars: [Unicode.Scalar] = []
        var depth = 0
        for scalar in shares[first].subject.unicodeScalars {
            if scalar == "（" || scalar == "(" { depth += 1 } else if scalar == "）" || scalar == ")" { depth = max(0, depth - 1) } else if depth == 0 { scalars.append(scalar) }
        }
        for measure in 2...4 where scalars.count > measure + 1 {
            let last = scalars[scalars.count - measure - 1]
            guard laterLasts.contains(last) else { continue }
            shares[first].group = "\(whole)\u{1F}\(last)"
            return
        }
    }

    /// Whether a subject holds an excluded word (增加) outside the nouns that merely contain one
    /// (增加值, value added).
    private static func excluded(_ subject: String, parameters: Parameters) -> Bool {
        var subject = subject
        for noun in parameters.excludeExceptions ?? [] where subject.containsText(noun) {
            subject = subject.replacingOccurrences(of: noun, with: "\u{1F}")
        }
        return parameters.excludeLabels.contains { subject.containsText($0) }
    }

    /// Reports each group of two or more distinct shares whose sum exceeds 100%, and verifies the others.
    private static func judge(_ shares: [Share], figures: [Figure], parameters: Parameters, into results: inout KindResults) {
        // "…租赁住房占5.4%，其他占0.9%": a share of the rest closes one partition, so every share of
        // its whole in the statement belongs to it, whatever their subjects end with.
        var shares = shares
        for rest in shares where parameters.remainderWords.contains(where: { rest.subject.hasPrefix($0) }) {
            for position in shares.indices where shares[position].whole == rest.whole && !shares[position].subject.isEmpty {
                shares[position].group = "\(rest.whole)\u{1F}rest"
            }
        }
        var order: [String] = []
        var groups: [String: [Share]] = [:]
        for share in shares {
            if groups[share.group] == nil { order.append(share.group) }
            groups[share.group, default: []].append(share)
        }
        for key in order {
            let members = groups[key]!
            guard members.count >= 2 else { continue }
            // The same subject twice ("女性…上年女性") is one share stated twice, not two parts.
            let subjects = members.map(\.subject).filter { !$0.isEmpty }
            let repeated = subjects.indices.contains { first in
                subjects.indices.contains { other in
                    // 非住房消费 is the complement of 住房消费, not the same subject again.
                    other != first && subjects[other].hasSuffix(subjects[first])
                        && !parameters.complementWords.contains { subjects[other].dropLast(subjects[first].count).hasSuffix($0) }
                }
            }
            guard !repeated else { continue }
            let above = subjects.filter { subject in parameters.aboveWords.contains { subject.containsText($0) } }
            let below = subjects.filter { subject in parameters.belowWords.contains { subject.containsText($0) } }
            guard above.count < 2, below.count < 2 else { continue }
            // 高新技术产业 and 战略性新兴产业 classify output two ways: their shares overlap.
            let crossing = Set(subjects.compactMap { subject in parameters.overlappingSubjects?.first { subject.containsText($0) } })
            guard crossing.count < 2 else { continue }
            // Each share's interval already holds its rounding ("58.2%" is [58.15, 58.25]).
            var least = Decimal(0)
            var stated = Decimal(0)
            for member in members {
                least += figures[member.index].interval!.lower!
                stated += figures[member.index].value ?? figures[member.index].interval!.lower!
            }
            let parts = members.map { Show.figure(figures[$0.index]) }.joined(separator: " + ")
            let total = Show.plain(stated) + "%"
            let whole = members[0].whole.isEmpty ? "one whole" : members[0].whole
            let last = members[members.count - 1]
            let related = members.dropLast().map { figures[$0.index].span }
            if least > 100 {
                results.findings.append(FindingDraft(
                    span: figures[last.index].span,
                    variables: ["count": String(members.count), "sum": total, "whole": whole],
                    related: related, arithmetic: "\(parts) = \(total) > 100%",
                    hint: "shares of one whole add up to at most 100% unless the groups overlap",
                    subject: figures[last.index].text + " " + figures[last.index].label
                ))
            } else {
                // "33.4% + 33.4% + 33.3% = 100.1%" is 100% within the rounding of the shares.
                let bound = stated > 100 ? ", within the rounding of 100%" : " ≤ 100%"
                results.verified.append(VerificationDraft(
                    span: figures[last.index].span,
                    message: "\(members.count) shares of \(whole) add up to \(total), no more than the whole",
                    related: related, arithmetic: "\(parts) = \(total)\(bound)"
                ))
            }
        }
    }

    /// Whether `subject` names a year ("2022年女性"): a share of another time, not another part.
    private static func containsYear(_ subject: String) -> Bool {
        var digits = 0
        for scalar in subject.unicodeScalars {
            if ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar) {
                digits += 1
            } else {
                if scalar == "年" && digits >= 2 { return true }
                digits = 0
            }
        }
        return false
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "Shares of one whole in one sentence (汉族占58.2%、彝族占35.6%…) add up to at most 100%.",
        whyItMatters: "Parts of one whole cannot make up more than all of it: a share or the breakdown is wrong.",
        defaultMessage: "{count} shares of {whole} add up to {sum}, more than the whole",
        placeholders: ["count", "sum", "whole"]
    )
}
