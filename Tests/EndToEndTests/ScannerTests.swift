import AulaCore
import Foundation
import Glibc
import Testing

/// The real binary in tmux, fed as a USB barcode scanner feeds it: whole codes in one burst, with and without
/// Enter, 50 seats in a row; then a person typing a code by hand, which must stay a search.
@Suite struct ScannerTests {
    @Test func fiftySeatsScannedWithAndWithoutEnterAndAPersonTyping() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("new", "kim", "--title", "Sosialisasi KIM", "--date", "2020-03-27", "--start", "09:00",
                    "--venue", "Aula Kantor Bupati Belu", "--organizer", "Dinas Kominfo Kabupaten Belu")
        try aula.ok("roster", "seats", "kim", "--kode", "53.04")
        let folder = URL(fileURLWithPath: work.path("kim.aula"))
        let session = try SessionFolder(url: folder, desk: "reader", writable: false).session
        let seats = Array(session.attendees.prefix(50))
        let tmux = try Tmux(command: "\(AulaBinary.path) tui kim; echo AULA-EXIT $?; sleep 60", environment: aula.environment,
                            directory: work.url)
        try tmux.wait(for: "Cari:")
        for (index, seat) in seats.enumerated() {
            try tmux.type(seat.code(in: session))
            if index % 2 == 0 { try tmux.send("Enter") }
            try tmux.wait(for: "Hadir \(index + 1)   Diwakili")
        }
        let last = try tmux.capture()
        #expect(last.contains("✓ HADIR"))
        #expect(last.contains(seats[49].seatName))

        // A person types the next seat's code key by key, each key after the screen showed the one before (a person
        // reads what they typed; however loaded the machine, keys never arrive together): it stays in the search,
        // nothing is marked.
        let typed = session.attendees[50].code(in: session)
        for (index, character) in typed.enumerated() {
            try tmux.type(String(character))
            try tmux.wait(for: "Cari: " + typed.prefix(index + 1))
        }
        let searching = try tmux.wait(for: "1 cocok")
        #expect(searching.contains("Hadir 50   Diwakili"))
        try tmux.send("Escape")

        // A misread code: refused, nothing marked.
        var misread = Array(session.attendees[51].code(in: session))
        misread[misread.count - 1] = misread.last == "0" ? "1" : "0"
        try tmux.type(String(misread))
        try tmux.send("Enter")
        try tmux.wait(for: "salah baca atau salah ketik")
        try tmux.send("C-q")
        try tmux.wait(for: "AULA-EXIT 0")

        let after = try SessionFolder(url: folder, desk: "reader", writable: false)
        let marked = after.session.attendees.filter { $0.status == .hadir }.map(\.id)
        #expect(marked == seats.map(\.id))
        let checkIns = after.events.filter { if case .checkIn = $0.change { true } else { false } }
        #expect(checkIns.count == 50)
    }

    @Test func aScanOnTheAcaraTabChecksInItsSeatAndTouchesNoItem() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        let folder = URL(fileURLWithPath: work.path("kim.aula"))
        let session = try SessionFolder(url: folder, desk: "reader", writable: false).session
        let seat = session.attendees[20]
        let tmux = try Tmux(command: "\(AulaBinary.path) tui kim", environment: aula.environment, directory: work.url)
        try tmux.wait(for: "Cari:")
        try tmux.send("Tab")
        try tmux.wait(for: "Rencana")
        // The code's first character would switch tabs and its letters would start and end items, were they keys.
        try tmux.type(seat.code(in: session))
        try tmux.send("Enter")
        let screen = try tmux.wait(for: "✓ HADIR")
        #expect(screen.contains(seat.name), "\(screen)")
        try tmux.send("C-q")
        let after = try SessionFolder(url: folder, desk: "reader", writable: false).session
        #expect(after.attendees.filter { $0.status == .hadir }.map(\.id) == [seat.id])
        #expect(after.agenda.map(\.actualStart) == session.agenda.map(\.actualStart))
    }
}
