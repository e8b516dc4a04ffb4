/// Levenshtein distance between two strings, counted in Unicode scalars.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// The candidate closest to `word`, if it is within max(2, length/3) edits, or 1 edit for words under four characters; ties go to the alphabetically first.
///
/// One rule for every "did you mean" figaudit prints: check keys, rule functions, check ids.
public func closestMatch(to word: String, among candidates: some Sequence<String>) -> String? {
    let length = word.unicodeScalars.count
    let limit = length < 4 ? 1 : max(2, length / 3)
    var best: (distance: Int, candidate: String)?
    for candidate in candidates.sorted() where candidate != word {
        let distance = editDistance(word, candidate)
        if distance <= limit, distance < best?.distance ?? .max {
            best = (distance, candidate)
        }
    }
    return best?.candidate
}
