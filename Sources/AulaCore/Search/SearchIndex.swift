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

    private struct Entry: Sendable {
        var row: Int
        var primary: [String]      // name and unit words
        var secondary: [String]    // jabatan, kecamatan, and the unit's kind word
        var nameCore: [String]
        var unitCore: [String]
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
            return Entry(row: a.row, primary: name + unit,
                         secondary: SearchText.words(a.jabatan) + SearchText.words(a.kecamatan) + kind,
                         nameCore: name, unitCore: unit)
        }
    }

    /// The seats matching `query`, best first (ties in row order). An empty query matches nothing.
    public func search(_ query: String) -> [Match] {
        let terms = SearchText.queryWords(query)
        guard !terms.isEmpty else { return [] }
        var matches: [Match] = []
        for (index, entry) in entries.enumerated() {
            if let match = score(entry, terms, index) { matches.append(match) }
        }
        return matches.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
    }

    private func score(_ entry: Entry, _ terms: [String], _ index: Int) -> Match? {
        var total = 0
        var allWhole = true
        for term in terms {
            var best = 0
            var whole = false
            if let number = Int(term), number == entry.row { best = 1000; whole = true }
            for (position, word) in entry.primary.enumerated() where word.hasPrefix(term) {
                let isWhole = word.count == term.count
                let points = isWhole ? 100 : (position == 0 || position == entry.nameCore.count ? 70 : 60)
                if points > best { best = points }
                whole = whole || isWhole
            }
            for word in entry.secondary where word.hasPrefix(term) {
                let isWhole = word.count == term.count
                best = max(best, isWhole ? 30 : 15)
                whole = whole || isWhole
            }
            if best == 0 { return nil }
            total += best
            allWhole = allWhole && whole
        }
        let termSet = Set(terms)
        let namesAll = { (core: [String]) in !core.isEmpty && core.allSatisfy(termSet.contains) }
        // A query that is just the row number names the seat as surely as its full name does.
        let isRowNumber = terms.count == 1 && Int(terms[0]) == entry.row
        let isExact = isRowNumber || (allWhole && (namesAll(entry.unitCore) || namesAll(entry.nameCore)))
        if isExact { total += 400 }
        return Match(index: index, score: total, isExact: isExact)
    }
}
