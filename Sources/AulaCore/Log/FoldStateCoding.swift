import Dispatch
import Foundation

/// A fold in progress as bytes, for the session snapshot: the roster seat by seat in a compact binary form (it is
/// nearly all of a large session, and decoded in parallel, a piece of the roster per task), the people likewise (an
/// office's directory holds thousands), everything else (the acara, the money, the notes, the fold's own indexes)
/// as JSON.
extension Fold.State {
    /// What the fold holds besides the roster.
    private struct Rest: Codable {
        var session: Session
        var lastEventAt: [String: String]
        var index: [IndexedSession]
        var forgotten: Set<String>
        var invitedCount: Int
        var fixedNumbers: Set<String>
        var items: [AgendaItem]
        var removed: [Bool]
        var agendaIndex: [String: Int]
        var materialIndex: [String: Int]
        var photoIndex: [String: Int]
        var noteIndex: [String: Int]
        var questionIndex: [String: Int]
        /// Check-ins waiting for their seat, as their log lines.
        var waiting: [String: [String]]
    }

    /// Writes the fold.
    func write(to out: inout SnapshotWriter) throws {
        var bare = session
        bare.attendees = Roster()
        bare.people = []
        let rest = Rest(session: bare, lastEventAt: session.lastEventAt, index: session.index, forgotten: session.forgotten,
                        invitedCount: invitedCount, fixedNumbers: fixedNumbers, items: items, removed: removed,
                        agendaIndex: agendaIndex, materialIndex: materialIndex, photoIndex: photoIndex,
                        noteIndex: noteIndex, questionIndex: questionIndex,
                        waiting: waiting.mapValues { $0.map(\.line) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        out.raw(Array(try encoder.encode(rest)))
        let pieces = session.attendees.pieces
        out.int(session.attendees.count)
        out.int(pieces.count)
        for piece in pieces {
            var bytes = SnapshotWriter()
            for seat in piece { seat.write(to: &bytes) }
            out.raw(bytes.bytes)
        }
        out.int(session.people.count)
        for person in session.people { person.write(to: &out) }
    }

    /// Reads a fold written by `write(to:)`.
    init(reading input: inout SnapshotReader) throws {
        let json = try input.raw()
        let rest: Rest
        do {
            rest = try JSONDecoder().decode(Rest.self, from: Data(buffer: json))
        } catch {
            throw SnapshotReader.Damaged()
        }
        self.init()
        let version = session.rosterWords
        session = rest.session
        session.rosterWords = version
        session.lastEventAt = rest.lastEventAt
        session.index = rest.index
        session.forgotten = rest.forgotten
        invitedCount = rest.invitedCount
        fixedNumbers = rest.fixedNumbers
        items = rest.items
        removed = rest.removed
        agendaIndex = rest.agendaIndex
        materialIndex = rest.materialIndex
        photoIndex = rest.photoIndex
        noteIndex = rest.noteIndex
        questionIndex = rest.questionIndex
        for (seat, lines) in rest.waiting {
            waiting[seat] = try lines.map { line throws(SnapshotReader.Damaged) in
                do { return try Event(fields: FlatJSON.parse(line)) } catch { throw SnapshotReader.Damaged() }
            }
        }
        let count = try input.int()
        let pieceCount = try input.count()
        var pieceBytes: [UnsafeBufferPointer<UInt8>] = []
        for _ in 0..<pieceCount { pieceBytes.append(try input.raw()) }
        let roster = try Roster(decodingPieces: pieceBytes)
        guard roster.count == count else { throw SnapshotReader.Damaged() }
        session.attendees = roster
        var positions = [String: Int](minimumCapacity: count)
        for (at, seat) in roster.enumerated() { positions[seat.id] = at }
        session.seatPositions.byID = positions
        let people = try input.count()
        session.people.reserveCapacity(people)
        for at in 0..<people {
            let person = try Person(reading: &input)
            personIndex[person.id] = at
            session.people.append(person)
        }
    }
}

extension Roster {
    /// A roster from its pieces as `Attendee.write(to:)` wrote them, each piece decoded on its own task.
    init(decodingPieces pieces: [UnsafeBufferPointer<UInt8>]) throws(SnapshotReader.Damaged) {
        var decoded = [[Attendee]?](repeating: nil, count: pieces.count)
        decoded.withUnsafeMutableBufferPointer { out in
            let shared = SharedPieces(input: pieces, output: out)
            DispatchQueue.concurrentPerform(iterations: pieces.count) { k in
                var reader = SnapshotReader(shared.input[k])
                var seats: [Attendee] = []
                seats.reserveCapacity(Roster.pieceSize)
                do {
                    while !reader.isAtEnd { seats.append(try Attendee(reading: &reader)) }
                } catch {
                    return
                }
                shared.output[k] = seats
            }
        }
        var whole: [[Attendee]] = []
        whole.reserveCapacity(pieces.count)
        for (k, piece) in decoded.enumerated() {
            guard let piece, piece.count == Roster.pieceSize || k == decoded.count - 1 else { throw SnapshotReader.Damaged() }
            whole.append(piece)
        }
        self.init(pieces: whole)
    }

    private struct SharedPieces: @unchecked Sendable {
        let input: [UnsafeBufferPointer<UInt8>]
        let output: UnsafeMutableBufferPointer<[Attendee]?>
    }
}

extension Attendee {
    /// The statuses by their number in the snapshot (their order in `AttendanceStatus.allCases`, 1-based; 0: none).
    private static let statuses = AttendanceStatus.allCases

    func write(to out: inout SnapshotWriter) {
        for text in [id, jabatan, unit, kecamatan, name, phone, kode, nip, golongan, npwp] { out.text(text) }
        out.int(row)
        out.bool(invited)
        guard let attendance else {
            out.int(0)
            return
        }
        out.int((Attendee.statuses.firstIndex(of: attendance.status) ?? 0) + 1)
        for text in [attendance.standIn, attendance.standInJabatan, attendance.time, attendance.desk, attendance.reason] {
            out.text(text)
        }
    }

    init(reading input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let id = try input.text(), jabatan = try input.text(), unit = try input.text(), kecamatan = try input.text()
        let name = try input.text(), phone = try input.text(), kode = try input.text()
        let nip = try input.text(), golongan = try input.text(), npwp = try input.text()
        let row = try input.int(), invited = try input.bool()
        let status = try input.int()
        var attendance: Attendance?
        if status != 0 {
            guard Attendee.statuses.indices.contains(status - 1) else { throw SnapshotReader.Damaged() }
            attendance = Attendance(status: Attendee.statuses[status - 1], standIn: try input.text(),
                                    standInJabatan: try input.text(), time: try input.text(), desk: try input.text(),
                                    reason: try input.text())
        }
        self.init(id: id, row: row, jabatan: jabatan, unit: unit, kecamatan: kecamatan, name: name, phone: phone,
                  kode: kode, nip: nip, golongan: golongan, npwp: npwp, invited: invited, attendance: attendance)
    }
}

extension Person {
    /// The text fields in the order written (key paths are immutable, so sharing them is safe).
    nonisolated(unsafe) private static let texts: [WritableKeyPath<Person, String>] = [
        \.name, \.nip, \.golongan, \.pangkat, \.jabatan, \.instansi, \.npwp, \.nik, \.address, \.bank, \.account, \.phone,
        \.seat, \.seenOn, \.seenAt,
    ]

    func write(to out: inout SnapshotWriter) {
        out.text(id)
        out.text(role.rawValue)
        out.text(status.rawValue)
        for key in Person.texts { out.text(self[keyPath: key]) }
    }

    init(reading input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(id: try input.text())
        guard let role = Role(rawValue: try input.text()), let status = Status(rawValue: try input.text()) else {
            throw SnapshotReader.Damaged()
        }
        self.role = role
        self.status = status
        for key in Person.texts { self[keyPath: key] = try input.text() }
    }
}
