import AulaCore
import Foundation
import Testing
@testable import AulaTUI

@Suite struct UpdateTests {
    @Test func tabsCycleAndMateriAsksForACheck() {
        var state = Fixture().state()
        #expect(update(&state, .nextTab).isEmpty)
        #expect(state.tab == .acara)
        #expect(update(&state, .nextTab) == [.checkMaterials])
        #expect(state.tab == .materi)
        _ = update(&state, .selectTab(.hadir))
        _ = update(&state, .previousTab)
        #expect(state.tab == .dokumen)
    }

    @Test func tickResizeHelpQuitAndInform() {
        var state = Fixture().state()
        var expected = state
        _ = update(&state, .tick(Fixture.now.addingTimeInterval(5)))
        expected.now = Fixture.now.addingTimeInterval(5)
        #expect(state == expected)
        _ = update(&state, .resize(Size(width: 120, height: 40)))
        expected.size = Size(width: 120, height: 40)
        #expect(state == expected)
        _ = update(&state, .toggleHelp)
        expected.showHelp = true
        #expect(state == expected)
        _ = update(&state, .cancel)
        expected.showHelp = false
        #expect(state == expected)
        _ = update(&state, .inform("hai"))
        expected.message = "hai"
        #expect(state == expected)
        _ = update(&state, .materialsChecked(["ab": false]))
        expected.materialIntact = ["ab": false]
        #expect(state == expected)
        _ = update(&state, .failed("disk penuh"))
        expected.saveState = .failed("disk penuh")
        expected.message = "disk penuh"
        #expect(state == expected)
        _ = update(&state, .quit)
        expected.quitRequested = true
        #expect(state == expected)
    }

    @Test func typingFiltersWithTheSharedMatcher() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "toh")
        #expect(state.hadir.query.text == "toh")
        #expect(state.hadir.visible == [2, 3])
        #expect(state.selectedAttendee?.id == "d1")
        fixture.send(&state, .moveSelection(1))
        #expect(state.selectedAttendee?.id == "d2")
        fixture.send(&state, .searchBackspace)
        #expect(state.hadir.query.text == "to")
        #expect(state.hadir.selected == 0)
        fixture.send(&state, .cancel)
        #expect(state.hadir.query.text.isEmpty)
        #expect(state.hadir.visible == Array(0..<7))
    }

    @Test func enterMarksHadirClearsTheSearchAndSaves() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "fatu")
        let effects = update(&state, .checkIn)
        #expect(effects == [.append([.checkIn(attendee: "d3", status: .hadir, standIn: "", standInJabatan: "", time: "")],
                                    message: "6. Hendrikus Mau Tasi — Kepala Desa Fatuba'a: hadir 09:14 WITA")])
        // Typed or scanned, the door shows the same large line.
        #expect(state.hadir.scanBanner == ScanBanner(kind: .marked, lines: ["✓ HADIR 09:14", "Hendrikus Mau Tasi",
                                                                             "Kepala Desa — Desa Fatuba'a"], seat: "d3"))
        #expect(state.saveState == .pending)
        #expect(state.hadir.query.text.isEmpty)
        #expect(state.selectedAttendee?.id == "d3")
        #expect(state.form == nil)
    }

    @Test func enterOnSomeonePresentSaysSinceWhenAndKeepsTheFirstTime() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "fatu")
        fixture.send(&state, .checkIn)
        let events = fixture.events.count
        state.now = state.now.addingTimeInterval(600)
        fixture.type(&state, "fatu")
        let effects = update(&state, .checkIn)
        #expect(effects.isEmpty)
        #expect(fixture.events.count == events)
        #expect(state.message == "Kepala Desa Fatuba'a (Hendrikus Mau Tasi) sudah hadir sejak 09:14 (meja1)")
        #expect(state.hadir.query.text.isEmpty && state.selectedAttendee?.id == "d3")
        // Changing the status is a deliberate key: F2 still asks for the stand-in.
        fixture.send(&state, .askStandIn)
        #expect(state.form?.purpose == .standIn(attendee: "d3"))
    }

    @Test func closingAnOverlayLeavesTheSearchEmptyAndTheSeatSelected() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "fatu")
        fixture.send(&state, .showHistory)
        #expect(state.history != nil)
        fixture.send(&state, .cancel)
        #expect(state.history == nil && state.hadir.query.text.isEmpty && state.selectedAttendee?.id == "d3")
        fixture.type(&state, "sadi")
        fixture.send(&state, .editAttendee)
        fixture.send(&state, .cancel)
        #expect(state.form == nil && state.hadir.query.text.isEmpty && state.selectedAttendee?.id == "d4")
    }

    @Test func anUnnamedSeatAsksForTheNameAndEscSkips() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "tohe l")
        fixture.send(&state, .checkIn)
        #expect(state.session.attendee(id: "d2")?.status == .hadir)
        #expect(state.form?.purpose == .personName(attendee: "d2"))
        fixture.type(&state, "Arnoldus")
        fixture.send(&state, .formSubmit)
        #expect(state.form == nil)
        #expect(state.session.attendee(id: "d2")?.name == "Arnoldus")
        #expect(state.message == "Nama dicatat: Kepala Desa Tohe Leten — Arnoldus")
        // Esc instead of a name: the check-in stays, no name.
        var other = Fixture()
        var skipped = other.state()
        other.type(&skipped, "tohe l")
        other.send(&skipped, .checkIn)
        other.send(&skipped, .cancel)
        #expect(skipped.form == nil)
        #expect(skipped.session.attendee(id: "d2")?.status == .hadir)
        #expect(skipped.session.attendee(id: "d2")?.name == "")
    }

    @Test func theNameFormIsOfferedTheSeatsHolderFromTheOfficesDirectory() {
        var fixture = Fixture()
        var state = fixture.state()
        var office = Session()
        var holder = Person(id: "p1")
        holder.set([.name: "Arnoldus Bria", .seat: "Kepala Desa Tohe Leten", .seenOn: "2019-02-01", .seenAt: "Rapat Desa"])
        office.people = [holder]
        state.directory = office
        fixture.type(&state, "tohe l")
        fixture.send(&state, .checkIn)
        #expect(state.form?.fields.map(\.text) == ["Arnoldus Bria"])
        #expect(state.form?.note == "Dari direktori kantor: terakhir 2019-02-01, mungkin sudah diganti. Enter menyimpan; ubah bila orang lain.")
        fixture.send(&state, .formSubmit)
        #expect(state.session.attendee(id: "d2")?.name == "Arnoldus Bria")
    }

    @Test func diwakiliAsksForTheStandIn() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "sadi")
        fixture.send(&state, .askStandIn)
        #expect(state.form?.purpose == .standIn(attendee: "d4"))
        fixture.send(&state, .formSubmit)
        #expect(state.form?.error == "Nama wakil wajib diisi.")
        fixture.type(&state, "Maria Luruk")
        fixture.send(&state, .formNextField)
        fixture.type(&state, "Sekdes")
        fixture.send(&state, .formSubmit)
        #expect(state.form == nil)
        #expect(state.session.attendee(id: "d4")?.attendance
                == Attendance(status: .diwakili, standIn: "Maria Luruk", standInJabatan: "Sekdes",
                              time: "2020-03-27T09:14:03+08:00", desk: "meja1"))
    }

    @Test func izinSakitDinasLuarAndClear() {
        var fixture = Fixture()
        var state = fixture.state()
        // F3: the reason is asked first, and may be given.
        #expect(fixture.send(&state, .mark(.izin)).isEmpty)
        #expect(state.form?.purpose == .reason(attendee: state.session.attendees[0].id, status: .izin))
        #expect(state.session.attendees[0].status == .belumHadir)
        fixture.type(&state, "tugas ke Kupang")
        fixture.send(&state, .formSubmit)
        #expect(state.form == nil)
        #expect(state.session.attendees[0].attendance?.status == .izin)
        #expect(state.session.attendees[0].attendance?.reason == "tugas ke Kupang")
        // Or left empty: Enter records the status as it is.
        fixture.send(&state, .mark(.sakit))
        fixture.send(&state, .formSubmit)
        #expect(state.session.attendees[0].status == .sakit && state.session.attendees[0].attendance?.reason == "")
        fixture.send(&state, .mark(.dinasLuar))
        fixture.send(&state, .formSubmit)
        #expect(state.session.attendees[0].status == .dinasLuar)
        // Esc records nothing.
        fixture.send(&state, .mark(.izin))
        fixture.send(&state, .cancel)
        #expect(state.form == nil && state.session.attendees[0].status == .dinasLuar)
        fixture.send(&state, .clearStatus)
        #expect(state.session.attendees[0].status == .belumHadir)
        #expect(state.message == "1. Johanes Andes Prihatin, SE, MM — Kepala Dinas Kominfo: belum hadir")
        #expect(update(&state, .clearStatus).isEmpty)
    }

    @Test func historyAndOtherDesksChanges() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "tohe")
        #expect(update(&state, .showHistory) == [.loadHistory(attendee: "d1")])
        fixture.send(&state, .historyLoaded(title: "Riwayat", lines: ["09:00  meja2  hadir"]))
        #expect(KeyMap.mode(state) == .help)
        fixture.send(&state, .cancel)
        #expect(state.history == nil && state.hadir.query.text.isEmpty)
        fixture.type(&state, "tohe")
        // Another desk checked someone in: the list shows it, the search and the selection stay.
        var other = state.session
        other.attendees[2].attendance = Attendance(status: .hadir, standIn: "", standInJabatan: "", time: "2020-03-27T09:00:00+08:00", desk: "meja2")
        fixture.send(&state, .refreshed(other))
        #expect(state.session.attendees[2].status == .hadir)
        #expect(state.hadir.query.text == "tohe")
        #expect(state.selectedAttendee?.id == "d1")
        #expect(state.saveState == .saved)
    }

    @Test func undoIsAnEffect() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.send(&state, .checkIn)
        #expect(update(&state, .undo) == [.undo])
        fixture.send(&state, .undo)
        #expect(state.session.attendees[0].status == .belumHadir)
    }

    @Test func walkInIsAddedPresent() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "Ama")
        fixture.send(&state, .addWalkIn)
        #expect(state.form?.fields[0].text == "Ama")
        fixture.send(&state, .formHome)
        fixture.send(&state, .formDelete)
        fixture.send(&state, .formType("O"))
        fixture.send(&state, .formEnd)
        fixture.send(&state, .formCursor(-1))
        fixture.send(&state, .formBackspace)
        #expect(state.form?.fields[0].text == "Oa")
        fixture.send(&state, .formNextField)
        fixture.type(&state, "Wartawan")
        fixture.send(&state, .formNextField)
        fixture.type(&state, "TIMORline.com")
        fixture.send(&state, .formPreviousField)
        #expect(state.form?.focus == 1)
        fixture.send(&state, .formSubmit)
        let walkIn = state.session.attendees.last!
        #expect(walkIn.name == "Oa" && walkIn.jabatan == "Wartawan" && walkIn.unit == "TIMORline.com")
        #expect(!walkIn.invited)
        #expect(walkIn.status == .hadir)
        // A number of its own, in the desk's block above every roster row.
        #expect(walkIn.row == 300_001 + WalkInNumber.block(of: "meja1") * 1000)
        #expect(walkIn.id == "walkin-meja1-1585271643000-1")
        // The search knows the new seat at once (the index follows roster changes, not check-ins).
        fixture.type(&state, "timorl")
        #expect(state.hadir.visible.map { state.session.attendees[$0].id } == [walkIn.id])
    }

    @Test func editChangesOnlyWhatChanged() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "tohe")
        fixture.send(&state, .editAttendee)
        #expect(state.form?.fields.map(\.text) == ["Yohanes Bau", "Kepala Desa", "Desa Tohe", "Raihat", "081237019846", "", "", ""])
        fixture.send(&state, .formNextField)
        fixture.send(&state, .formNextField)
        fixture.send(&state, .formNextField)
        fixture.send(&state, .formNextField)
        fixture.send(&state, .formBackspace)
        let effects = update(&state, .formSubmit)
        #expect(effects == [.append([.attendee(id: "d1", fields: [.phone: "08123701984"], invited: nil)], message: "Baris 3 diubah.")])
    }

    @Test func editTakesTheMoneyColumnsAndChecksTheNIP() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "tohe")
        fixture.send(&state, .editAttendee)
        for _ in 0..<5 { fixture.send(&state, .formNextField) }
        fixture.type(&state, "19850330201001100")
        fixture.send(&state, .formNextField)
        fixture.type(&state, "Penata (III/c)")
        #expect(update(&state, .formSubmit).isEmpty)
        #expect(state.form?.error == "NIP terdiri atas 18 angka; '19850330201001100' berisi 17 karakter.")
        fixture.send(&state, .formPreviousField)
        fixture.type(&state, "2")
        let effects = update(&state, .formSubmit)
        #expect(effects == [.append([.attendee(id: "d1", fields: [.nip: "198503302010011002", .golongan: "Penata (III/c)"], invited: nil)],
                                    message: "Baris 3 diubah.")])
    }

    @Test func missingViewTogglesAndScrolls() {
        var fixture = Fixture()
        var state = fixture.state(size: Size(width: 80, height: 24))
        fixture.send(&state, .toggleMissing)
        #expect(state.hadir.showMissing)
        fixture.send(&state, .moveSelection(3))
        #expect(state.hadir.missingScroll == 0)  // everything fits: nothing to scroll
        fixture.send(&state, .cancel)
        #expect(!state.hadir.showMissing)
        #expect(state.hadir.missingLines.isEmpty)
    }

    @Test func missingViewFollowsCheckInsMadeWhileItIsOpen() {
        var fixture = Fixture()
        var state = fixture.state(size: Size(width: 80, height: 24))
        fixture.send(&state, .toggleMissing)
        #expect(state.hadir.missingLines.count == 10)  // headings for Raihat, Tasifeto Timur and the official; seven seats
        #expect(state.hadir.missingLines.contains { $0.contains("Desa Tohe —") })
        // Another desk checks Yohanes Bau in.
        fixture.append(.checkIn(attendee: "d1", status: .hadir, standIn: "", standInJabatan: "", time: ""), at: Fixture.now)
        fixture.send(&state, .saved(fixture.session, message: nil))
        #expect(state.hadir.missingLines.count == 9)
        #expect(!state.hadir.missingLines.contains { $0.contains("Desa Tohe —") })
    }

    @Test func listSelectionPagesAndScrolls() {
        var changes: [Change] = []
        for i in 1...200 { changes.append(Fixture.seat("x\(i)", "Kepala Desa", "Desa \(i)", "Raimanuk")) }
        var fixture = Fixture(changes)
        var state = fixture.state(size: Size(width: 80, height: 24))
        let rows = Layout.hadirListRows(state.size)
        fixture.send(&state, .pageSelection(1))
        #expect(state.hadir.selected == rows - 1)
        #expect(state.hadir.scroll == 0)
        fixture.send(&state, .moveSelection(1))
        #expect(state.hadir.scroll == 1)
        fixture.send(&state, .selectLast)
        #expect(state.hadir.selected == 206)
        #expect(state.hadir.scroll == 207 - rows)
        fixture.send(&state, .selectFirst)
        #expect((state.hadir.selected, state.hadir.scroll) == (0, 0))
    }

    @Test func agendaStepsThroughItems() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.send(&state, .selectTab(.acara))
        fixture.confirmed(&state, .startNextItem)
        #expect(state.session.runningItem?.id == "i1")
        state.now = Fixture.now.addingTimeInterval(600)
        fixture.confirmed(&state, .startNextItem)
        #expect(state.session.agenda[0].actualEnd == "2020-03-27T09:24:03+08:00")
        #expect(state.session.runningItem?.id == "i2")
        #expect(state.agendaSelected == 1)
        fixture.confirmed(&state, .restartPreviousItem)
        #expect(state.session.runningItem?.id == "i1")
        #expect(state.session.agenda[1].actualStart == "")
        fixture.confirmed(&state, .endRunningItem)
        #expect(state.session.runningItem == nil)
        fixture.send(&state, .endRunningItem)
        #expect(state.message == "Tidak ada acara yang sedang berjalan.")
        fixture.confirmed(&state, .startNextItem)
        fixture.confirmed(&state, .startNextItem)
        fixture.send(&state, .startNextItem)
        #expect(state.message == "Semua acara sudah dimulai.")
    }

    @Test func notesEditorHandlesUTF8CursorKeysAndLines() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.send(&state, .selectTab(.acara))
        fixture.send(&state, .moveSelection(1))
        fixture.send(&state, .editNotes)
        #expect(state.editor?.target == .note(item: "i2", id: "note-meja1-1585271643000-1"))
        fixture.type(&state, "KIM ü")
        fixture.send(&state, .editorNewline)
        fixture.type(&state, "東京")
        fixture.send(&state, .editorHome)
        fixture.send(&state, .editorType("["))
        fixture.send(&state, .editorEnd)
        fixture.send(&state, .editorType("]"))
        fixture.send(&state, .editorMove(rows: -1, columns: 0))
        fixture.send(&state, .editorBackspace)
        fixture.send(&state, .editorMove(rows: 0, columns: -2))
        fixture.send(&state, .editorDelete)
        #expect(state.editor?.text == "KMü\n[東京]")
        // Esc on changed text asks once, then discards; ^S saves.
        fixture.send(&state, .cancel)
        #expect(state.editor?.confirmDiscard == true)
        fixture.send(&state, .editorSave)
        #expect(state.editor == nil)
        #expect(state.session.notes.map(\.text) == ["KMü\n[東京]"])
        // Reopening edits the same note.
        fixture.send(&state, .editNotes)
        fixture.send(&state, .editorNewline)
        fixture.type(&state, "lagi")
        fixture.send(&state, .editorSave)
        #expect(state.session.notes.map(\.text) == ["KMü\n[東京]\nlagi"])
        fixture.send(&state, .editNotes)
        fixture.send(&state, .editorType("x"))
        fixture.send(&state, .cancel)
        fixture.send(&state, .cancel)
        #expect(state.editor == nil)
        #expect(state.session.notes.count == 1)
    }

    @Test func quitSavesAnOpenNote() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.send(&state, .selectTab(.acara))
        fixture.send(&state, .editNotes)
        fixture.type(&state, "belum disimpan")
        fixture.send(&state, .quit)
        #expect(state.quitRequested)
        #expect(state.session.notes.map(\.text) == ["belum disimpan"])
    }

    @Test func questionPicksTheAskerWithTheSameSearch() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.send(&state, .selectTab(.acara))
        fixture.send(&state, .addQuestion)
        fixture.type(&state, "toh")
        fixture.send(&state, .formNextField)   // picks the second match (Tohe Leten)
        fixture.send(&state, .formPreviousField) // back to the first (Tohe)
        #expect(state.form?.askerPick == 0)
        fixture.send(&state, .formSubmit)
        #expect(state.form?.error == "Pertanyaan wajib diisi.")
        state.form?.focus = 1
        fixture.type(&state, "Dana Desa boleh?")
        fixture.send(&state, .formNextField)
        fixture.type(&state, "Boleh")
        fixture.send(&state, .formSubmit)
        #expect(state.session.questions.map(\.asker) == ["Yohanes Bau (Kepala Desa Tohe)"])
        #expect(state.session.questions[0].answer == "Boleh")
        #expect(state.session.questions[0].item == "i1")
    }

    @Test func addAgendaItemValidates() {
        var fixture = Fixture()
        var state = fixture.state()
        fixture.send(&state, .addAgendaItem)
        fixture.type(&state, "Penutup")
        fixture.send(&state, .formNextField)
        fixture.send(&state, .formNextField)
        fixture.type(&state, "25:00")
        fixture.send(&state, .formSubmit)
        #expect(state.form?.error == "Jam '25:00' tidak sah: pakai JJ:MM, misalnya 09:00.")
        state.form?.fields[2] = TextField("11.30")
        fixture.send(&state, .formNextField)
        fixture.type(&state, "15")
        fixture.send(&state, .formSubmit)
        #expect(state.session.agenda.last.map { [$0.title, $0.plannedStart, String($0.minutes)] } == ["Penutup", "11:30", "15"])
    }

    @Test func materialsAndDocumentsAreEffects() {
        var fixture = Fixture([.material(Material(sha256: "ab", item: "i2", title: "Paparan", fileName: "kim.pdf",
                                                  storedPath: "materials/ab.pdf", size: 2048))])
        var state = fixture.state()
        fixture.send(&state, .selectTab(.materi))
        fixture.send(&state, .addMaterial)
        #expect(state.form?.purpose == .material)
        #expect(state.form?.fields[0].text == "1")
        fixture.type(&state, "/tmp/x.pdf")
        #expect(fixture.send(&state, .formSubmit) == [.addMaterial(path: "/tmp/x.pdf", item: "i1", title: "")])
        #expect(state.message == "Berkas tidak ada: /tmp/x.pdf")
        fixture.world.files["/tmp/x.pdf"] = 4096
        fixture.send(&state, .addMaterial)
        fixture.type(&state, "/tmp/x.pdf")
        fixture.send(&state, .formSubmit)
        #expect(state.message == "Materi ditambahkan ke acara 1: x.pdf (4 KB)")
        #expect(state.session.materials.map(\.storedPath) == ["materials/ab.pdf", "materials/x.pdf"])
        #expect(fixture.send(&state, .openMaterial) == [.openStored(path: state.session.materials[0].storedPath)])
        #expect(state.message == "Berkas: /data/kim.aula/materials/ab.pdf")
        // Photos follow the materials on Materi; the row after the last material opens the first photo.
        fixture.append(.photo(Photo(sha256: "ef", caption: "Peserta", fileName: "a.jpg", storedPath: "photos/ef.jpg", size: 9)), at: Fixture.now)
        fixture.send(&state, .refreshed(fixture.world.session))
        fixture.send(&state, .moveSelection(2))
        #expect(state.materialSelected == 2)
        #expect(fixture.send(&state, .openMaterial) == [.openStored(path: "photos/ef.jpg")])
        // Exporting is slow work: the bottom bar says it runs, a second one waits, and its result ends it.
        #expect(update(&state, .exportPapers) == [.exportPapers])
        #expect(state.busy == "Mengekspor semua dokumen…")
        #expect(update(&state, .printDocument).isEmpty)
        #expect(state.message == "Tunggu, masih berjalan: Mengekspor semua dokumen…")
        // How far it has got takes the label's place, at most half the bottom line, and goes with it.
        _ = update(&state, .progress("Mengekspor: 9. berkas-spj.pdf, 1.250 halaman"))
        #expect(AppView.render(state).lines[28].hasSuffix(" Mengekspor: 9. berkas-spj.pdf, 1.250 halaman"))
        _ = update(&state, .progress("Mengekspor: 10. tanda-nama-peserta-dan-panitia-yang-panjang.pdf, 25 halaman"))
        #expect(AppView.render(state).lines[28].hasSuffix(" Mengekspor: 10. tanda-nama-peserta-dan-panitia-ya…"))
        _ = update(&state, .inform("Diekspor 16 berkas ke /data/kim.aula/exports"))
        _ = update(&state, .finished)
        #expect(state.busy == nil && state.progress == nil)
        _ = update(&state, .progress("Mengekspor: 11. rekap.pdf"))
        #expect(state.progress == nil)
        fixture.send(&state, .exportPapers)
        #expect((state.busy, state.message) == (nil, "Diekspor 16 berkas ke /data/kim.aula/exports"))
        #expect(state.documentLines.isEmpty)  // not made until Dokumen is shown
        fixture.send(&state, .selectTab(.dokumen))
        #expect(state.document == .daftarHadir)
        #expect(state.documentLines.contains { $0.contains("DAFTAR HADIR") })
        fixture.send(&state, .moveSelection(5))
        #expect(state.documentScroll == 5)
        fixture.send(&state, .nextDocument)
        #expect((state.document, state.documentScroll) == (.rekap, 0))
        #expect(state.documentLines.contains { $0.contains("REKAP KEHADIRAN") })
        fixture.send(&state, .previousDocument)
        fixture.send(&state, .previousDocument)
        #expect(state.document == .laporan)
        #expect(fixture.send(&state, .printDocument) == [.printPaper(.laporan)])
        #expect(state.message == "Tidak bisa mencetak (lp tidak ada / lp not found); berkas: /data/kim.aula/exports/laporan.pdf")
        #expect(state.saveState == .saved)
        // Kesimpulan and tindak lanjut are written here too, in the same editor.
        fixture.send(&state, .editField(.conclusion))
        fixture.type(&state, "KIM dibentuk.")
        fixture.send(&state, .editorSave)
        #expect(state.session.papers.conclusion == "KIM dibentuk.")
        #expect(state.message == "Disimpan: kesimpulan")
        fixture.send(&state, .editField(.conclusion))
        #expect(state.editor?.text == "KIM dibentuk.")
    }

    @Test func keyMapFixedKeys() {
        #expect(KeyMap.action(for: .char("a"), in: .hadir) == .searchType("a"))
        #expect(KeyMap.action(for: .enter, in: .hadir) == .checkIn)
        #expect(KeyMap.action(for: .escape, in: .hadir) == .cancel)
        #expect(KeyMap.action(for: .escape, in: .form) == .cancel)
        #expect(KeyMap.action(for: .tab, in: .acara) == .nextTab)
        #expect(KeyMap.action(for: .backTab, in: .hadir) == .previousTab)
        #expect(KeyMap.action(for: .function(1), in: .dokumen) == .toggleHelp)
        #expect(KeyMap.action(for: .ctrl("q"), in: .editor) == .quit)
        #expect(KeyMap.action(for: .function(10), in: .form) == .quit)
        #expect(KeyMap.action(for: .char("q"), in: .editor) == .editorType("q"))
        #expect(KeyMap.action(for: .char("2"), in: .materi) == .selectTab(.acara))
        #expect(KeyMap.action(for: .char("2"), in: .hadir) == .searchType("2"))
    }
}
