/// The one matcher behind `aula find`, `aula checkin` and the TUI's search line.
///
/// Every query word must be the start of some word of the seat's name, jabatan, unit or kecamatan, or the
/// row number. Matches on the person's name and the unit's own name (without "Desa"/"Kelurahan"/"Kecamatan")
/// rank above matches on the jabatan or kecamatan; whole words above prefixes; a query that names the whole
/// unit or name ranks above all.
public struct SearchIndex: Equatable, Sendable {
    /// One seat found, with its score.
    public struct Match: Equatable, Sendable {
        /// Index into the session's attendees.
        public var index: Int
        /// Higher is better.
        public var score: Int
        /// The query names the seat completely: every word of its unit or name, each matched whole, or its row number.
        public var isExact: Bool
    }

    /// One word of a seat: where its bytes are in `bytes`.
    private struct Word: Equatable, Sendable {
        var start: Int32
        var count: Int32
    }

    /// One seat: its words are `words[first ..< first + primaryCount + secondaryCount]`: name words, the unit's own
    /// words, then jabatan, kecamatan and the unit's kind word.
    private struct Entry: Equatable, Sendable {
        var row: Int
        var first: Int32
        var nameCount: Int32
        var primaryCount: Int32
        var secondaryCount: Int32
    }

    /// The most words of one field that are indexed: a name or unit has a handful; a pasted essay does not need more.
    static let wordsPerField = 1_000

    /// Every seat's normalised words as UTF-8 bytes, one after another: a keystroke compares bytes in one block of
    /// memory, not Characters scattered over the heap.
    private let bytes: [UInt8]
    private let words: [Word]
    private let entries: [Entry]

    /// Whether an index of `old` also serves `new`: the same seats in the same rows with the same words (a check-in
    /// changes none of them, unless it names a stand-in). Strings a fold did not touch share their storage, so this is one pass of cheap compares.
    public static func sameText(_ a: Roster, _ b: Roster) -> Bool {
        guard a.count == b.count else { return false }
        return a.indices.allSatisfy { i in
            a[i].row == b[i].row && a[i].name == b[i].name && a[i].jabatan == b[i].jabatan && a[i].unit == b[i].unit
                && a[i].kecamatan == b[i].kecamatan && (a[i].attendance?.standIn ?? "") == (b[i].attendance?.standIn ?? "")
        }
    }

    /// Indexes the attendees of a session (in row order), a piece of the roster on each core.
    public init(_ attendees: Roster) {
        let pieces = Parallel.pieces(count: attendees.count, minimumPerPiece: 8192) { range in
            SearchIndex(piece: attendees[range])
        }
        guard pieces.count > 1 else {
            self = pieces[0]
            return
        }
        var bytes: [UInt8] = [], words: [Word] = [], entries: [Entry] = []
        bytes.reserveCapacity(pieces.reduce(0) { $0 + $1.bytes.count })
        words.reserveCapacity(pieces.reduce(0) { $0 + $1.words.count })
        entries.reserveCapacity(attendees.count)
        for piece in pieces {
            let byteOffset = Int32(truncatingIfNeeded: bytes.count), wordOffset = Int32(truncatingIfNeeded: words.count)
            bytes += piece.bytes
            words += piece.words.lazy.map { Word(start: $0.start + byteOffset, count: $0.count) }
            entries += piece.entries.lazy.map { entry in
                var moved = entry
                moved.first += wordOffset
                return moved
            }
        }
        self.bytes = bytes
        self.words = words
        self.entries = entries
    }

    /// Indexes consecutive attendees, their words from offset 0.
    private init(piece attendees: Slice<Roster>) {
        var bytes: [UInt8] = []
        var words: [Word] = []
        var entries: [Entry] = []
        entries.reserveCapacity(attendees.count)
        func add(_ list: [String]) -> Int32 {
            let kept = list.prefix(SearchIndex.wordsPerField)
            for word in kept {
                words.append(Word(start: Int32(truncatingIfNeeded: bytes.count), count: Int32(truncatingIfNeeded: word.utf8.count)))
                bytes += word.utf8
            }
            return Int32(kept.count)
        }
        for a in attendees {
            // The person, and who came in their place: a stand-in is found by name too.
            let name = SearchText.nameWords(a.name) + (a.attendance.map { SearchText.nameWords($0.standIn) } ?? [])
            var unit = SearchText.words(a.unit)
            var kind: [String] = []
            if unit.count > 1, let first = unit.first, Attendee.unitKindWords.contains(first) {
                kind = [first]
                unit.removeFirst()
            }
            let first = Int32(words.count)
            let nameCount = add(name)
            let unitCount = add(unit)
            let jabatan = SearchText.words(a.jabatan)
            let secondaryCount = add(jabatan + SearchText.words(a.kecamatan) + kind + ShortForms.longWords(jabatan + unit))
            entries.append(Entry(row: a.row, first: first, nameCount: nameCount, primaryCount: nameCount + unitCount,
                                 secondaryCount: secondaryCount))
        }
        self.bytes = bytes
        self.words = words
        self.entries = entries
    }

    /// The seats matching `query`, best first (ties in row order). An empty query matches nothing.
    public func search(_ query: String) -> [Match] {
        let queryWords = SearchText.queryWords(query)
        guard !queryWords.isEmpty else { return [] }
        let terms = queryWords.map { Array($0.utf8) }
        let numbers = queryWords.map { Int($0) }
        // Each core scores a piece of the roster; the pieces come back in row order.
        let pieces = Parallel.pieces(count: entries.count, minimumPerPiece: 16_384) { range in
            var matches: [Match] = []
            for index in range {
                if let match = score(index, terms, numbers) { matches.append(match) }
            }
            return matches
        }
        // Scores are a few distinct small integers: a stable bucketing by score keeps row order inside each.
        var scores: [Int] = []
        var buckets: [[Match]] = []
        for piece in pieces {
            for match in piece {
                if let b = scores.firstIndex(of: match.score) {
                    buckets[b].append(match)
                } else {
                    scores.append(match.score)
                    buckets.append([match])
                }
            }
        }
        return scores.indices.sorted { scores[$0] > scores[$1] }.flatMap { buckets[$0] }
    }

    private func score(_ index: Int, _ terms: [[UInt8]], _ numbers: [Int?]) -> Match? {
        let entry = entries[index]
        let first = Int(entry.first)
        let primaryEnd = first + Int(entry.primaryCount)
        let end = primaryEnd + Int(entry.secondaryCount)
        let unitStart = first + Int(entry.nameCount)
        var total = 0
        var allWhole = true
        for (t, term) in terms.enumerated() {
            var best = 0
            var whole = false
            if numbers[t] == entry.row { best = 1000; whole = true }
            for w in first..<end where hasPrefix(words[w], term) {
                let isWhole = Int(words[w].count) == term.count
                let points = w >= primaryEnd ? (isWhole ? 30 : 15)
                    : isWhole ? 100 : (w == first || w == unitStart ? 70 : 60)
                if points > best { best = points }
                whole = whole || isWhole
            }
            if best == 0 { return nil }
            total += best
            allWhole = allWhole && whole
        }
        // A query that is just the row number names the seat as surely as its full name does.
        var isExact = terms.count == 1 && numbers[0] == entry.row
        if !isExact && allWhole {
            /// Every word in `range` is one of the query's words.
            func named(_ range: Range<Int>) -> Bool {
                !range.isEmpty && range.allSatisfy { w in terms.contains { isWord(words[w], $0) } }
            }
            isExact = named(unitStart..<primaryEnd) || named(first..<unitStart)
        }
        if isExact { total += 400 }
        return Match(index: index, score: total, isExact: isExact)
    }

    @inline(__always)
    private func hasPrefix(_ word: Word, _ term: [UInt8]) -> Bool {
        guard Int(word.count) >= term.count else { return false }
        let start = Int(word.start)
        for i in 0..<term.count where bytes[start + i] != term[i] { return false }
        return true
    }

    @inline(__always)
    private func isWord(_ word: Word, _ term: [UInt8]) -> Bool {
        Int(word.count) == term.count && hasPrefix(word, term)
    }
}
