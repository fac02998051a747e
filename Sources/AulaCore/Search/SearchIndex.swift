/// The one matcher behind `aula find`, `aula checkin` and the TUI's search line.
///
/// Every query word must be the start of some word of the seat's name, jabatan, unit or kecamatan, or the
/// row number. Matches on the person's name and the unit's own name (without "Desa"/"Kelurahan"/"Kecamatan")
/// rank above matches on the jabatan or kecamatan; whole words above prefixes; a query that names the whole
/// unit or name ranks above all.
public struct SearchIndex: Sendable {
    /// One seat found, with its score.
    public struct Match: Equatable, Sendable {
        /// Index into the session's attendees.
        public var index: Int
        /// Higher is better.
        public var score: Int
        /// The query names the seat completely: every word of its unit or name, each matched whole, or its row number.
        public var isExact: Bool
    }

    /// One seat's words as UTF-8 bytes (normalised), so a keystroke compares bytes, not Characters.
    private struct Entry: Sendable {
        var row: Int
        var primary: [[UInt8]]      // name words, then the unit's own words
        var nameCount: Int          // how many of `primary` are name words
        var secondary: [[UInt8]]    // jabatan, kecamatan, and the unit's kind word
        var unitStart: Int { nameCount }
    }

    private let entries: [Entry]

    /// The words that name a unit's kind rather than the unit ("Desa" in "Desa Tohe").
    static let unitKindWords: Set<String> = ["desa", "kelurahan", "kecamatan", "kel", "kec", "kabupaten", "kab"]

    /// Indexes the attendees of a session (in row order).
    public init(_ attendees: [Attendee]) {
        entries = attendees.map { a in
            let name = SearchText.nameWords(a.name)
            var unit = SearchText.words(a.unit)
            var kind: [String] = []
            if unit.count > 1, let first = unit.first, SearchIndex.unitKindWords.contains(first) {
                kind = [first]
                unit.removeFirst()
            }
            return Entry(row: a.row, primary: (name + unit).map { Array($0.utf8) }, nameCount: name.count,
                         secondary: (SearchText.words(a.jabatan) + SearchText.words(a.kecamatan) + kind).map { Array($0.utf8) })
        }
    }

    /// The seats matching `query`, best first (ties in row order). An empty query matches nothing.
    public func search(_ query: String) -> [Match] {
        let words = SearchText.queryWords(query)
        guard !words.isEmpty else { return [] }
        let terms = words.map { Array($0.utf8) }
        let numbers = words.map { Int($0) }
        let termSet = Set(terms)
        // Scores are small integers: bucket the matches by score, which keeps row order inside each bucket.
        var buckets: [Int: [Match]] = [:]
        for index in entries.indices {
            if let match = score(entries[index], terms, numbers, termSet, index) {
                buckets[match.score, default: []].append(match)
            }
        }
        return buckets.keys.sorted(by: >).flatMap { buckets[$0]! }
    }

    private func score(_ entry: Entry, _ terms: [[UInt8]], _ numbers: [Int?], _ termSet: Set<[UInt8]>, _ index: Int) -> Match? {
        var total = 0
        var allWhole = true
        for (t, term) in terms.enumerated() {
            var best = 0
            var whole = false
            if numbers[t] == entry.row { best = 1000; whole = true }
            for (position, word) in entry.primary.enumerated() where SearchIndex.hasPrefix(word, term) {
                let isWhole = word.count == term.count
                let points = isWhole ? 100 : (position == 0 || position == entry.unitStart ? 70 : 60)
                if points > best { best = points }
                whole = whole || isWhole
            }
            for word in entry.secondary where SearchIndex.hasPrefix(word, term) {
                let isWhole = word.count == term.count
                best = max(best, isWhole ? 30 : 15)
                whole = whole || isWhole
            }
            if best == 0 { return nil }
            total += best
            allWhole = allWhole && whole
        }
        // A query that is just the row number names the seat as surely as its full name does.
        var isExact = terms.count == 1 && numbers[0] == entry.row
        if !isExact && allWhole {
            let names = entry.primary[0..<entry.nameCount], unit = entry.primary[entry.unitStart...]
            isExact = (!unit.isEmpty && unit.allSatisfy(termSet.contains)) || (!names.isEmpty && names.allSatisfy(termSet.contains))
        }
        if isExact { total += 400 }
        return Match(index: index, score: total, isExact: isExact)
    }

    @inline(__always)
    private static func hasPrefix(_ word: [UInt8], _ term: [UInt8]) -> Bool {
        guard word.count >= term.count else { return false }
        for i in 0..<term.count where word[i] != term[i] { return false }
        return true
    }
}
