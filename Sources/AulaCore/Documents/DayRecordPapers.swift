extension PaperBuilder {
    /// Daftar hadir: the roster with time, remark and a numbered signature column alternating left and right.
    func daftarHadir() -> Paper {
        var rows: [[String]] = []
        rows.reserveCapacity(session.attendees.count + (blankForm ? extraRows : 0))
        /// The signature cell, numbered and alternating left and right as on paper forms (a leading space: the right half).
        func sign(_ position: Int) -> String {
            let number = "\(position)."
            return position % 2 == 1 ? number : " " + number
        }
        for (index, a) in session.attendees.enumerated() {
            let time = blankForm ? "" : (a.attendance.flatMap { $0.status.isPresent ? paperTime(ofISO: $0.time) : nil } ?? "")
            // Numbered down the list as a paper form is (a walk-in's own number is for its code, not for the page).
            let position = index + 1
            var row = [String(position), a.name.isEmpty ? "" : clean(a.name), clean(a.jabatan), clean(a.unit), clean(a.kecamatan),
                       time, blankForm ? "" : remark(a), sign(position)]
            // The blank form is filled in by hand: no number is pre-printed, masked or not.
            if includePhone { row.insert(blankForm ? "" : phone(a.phone), at: 5) }
            rows.append(row)
        }
        // Empty numbered rows for those who come without an invitation, to be written in at the door.
        if blankForm && extraRows > 0 {
            for position in session.attendees.count + 1 ... session.attendees.count + extraRows {
                var row = [String(position), "", "", "", "", "", "", sign(position)]
                if includePhone { row.insert("", at: 5) }
                rows.append(row)
            }
        }
        var table = Paper.Table(
            headers: ["No", lang.t("Nama", "Name"), lang.t("Jabatan", "Position"), lang.t("Unit/ Instansi", "Unit"),
                      lang.t("Kecamatan", "District"), lang.t("Jam", "Time"), lang.t("Ket.", "Notes"),
                      lang.t("Tanda Tangan", "Signature")],
            rightAligned: [true, false, false, false, false, false, false, false],
            rows: rows, rowPadding: 1)
        if includePhone {
            table.headers.insert(lang.t("No HP", "Phone"), at: 5)
            table.rightAligned.insert(false, at: 5)
        }
        if typeset {
            table.headers.remove(at: 4)
            table.rightAligned.remove(at: 4)
            for i in table.rows.indices { table.rows[i].remove(at: 4) }
        }
        // The 80-column and Markdown forms have no room for phones: their header says where the numbers are.
        let phoneNote = includePhone ? [] : [Paper.Field(label: lang.t("No HP", "Phone"),
                                                         value: lang.t("tercantum pada daftar hadir PDF", "in the PDF attendance list"))]
        return Paper(kind: .daftarHadir, letterhead: letterhead, title: lang.t("DAFTAR HADIR", "ATTENDANCE LIST"),
                     info: basicInfo + phoneNote,
                     blocks: [.table(table), .signatures(placeAndDate: placeAndDate, [officialSignature])])
    }

    /// Rekap kehadiran: invited seats per kecamatan, totals, walk-ins apart, and the seats not attended.
    func rekap() -> Paper {
        let summary = AttendanceSummary(seats: session.attendees.lazy.filter(\.invited))
        let walkIns = walkInsPresent
        func row(_ name: String, _ c: AttendanceSummary.Counts) -> [String] {
            let percent = c.total == 0 ? "-" : String(Int((Double(c.present) * 100 / Double(c.total)).rounded())) + "%"
            return [name, String(c.total), String(c[.hadir]), String(c[.diwakili]), String(c.excused),
                    String(c[.belumHadir]), percent]
        }
        var rows = summary.byKecamatan.map { row($0.kecamatan.isEmpty ? lang.t("Kabupaten/lainnya", "Other") : clean($0.kecamatan), $0.counts) }
        rows.append(row(lang.t("JUMLAH", "TOTAL"), summary.all))
        var table = Paper.Table(
            headers: [lang.t("Kecamatan", "District"), lang.t("Diundang", "Invited"), lang.t("Hadir", "Present"),
                      lang.t("Diwakili", "Represented"), lang.t("Izin/Sakit/DL", "Excused"),
                      lang.t("Tidak hadir", "Absent"), lang.t("% Hadir", "% Present")],
            rightAligned: [false, true, true, true, true, true, true], rows: rows,
            rowPadding: 0)
        table.totalsRow = true
        let walkInNote = Paper.Block.paragraph(lang.t("Peserta hadir tanpa undangan: \(walkIns) orang.",
                                                      "Walk-in participants: \(walkIns)."))
        // Numbered 1..n, not by row.
        let missing = session.attendees.filter { !$0.status.isPresent }.enumerated().map { index, a in
            "\(index + 1). " + clean(a.seatName) + (a.name.isEmpty ? "" : " — " + clean(a.name))
                + (a.kecamatan.isEmpty ? "" : " (\(clean(a.kecamatan)))")
                + (a.status == .belumHadir ? "" : " [" + a.status.label(lang) + "]")
        }
        return Paper(kind: .rekap, letterhead: letterhead, title: lang.t("REKAP KEHADIRAN", "ATTENDANCE RECAP"),
                     info: basicInfo,
                     blocks: [.table(table), .chart(presenceChart(summary)), walkInNote,
                              .heading(lang.t("Yang tidak hadir", "Not attended")),
                              missing.isEmpty ? .paragraph(lang.t("Semua undangan hadir.", "Everyone attended.")) : .list(missing),
                              .signatures(placeAndDate: placeAndDate, [officialSignature])])
    }

    /// Notulen: the meeting, item by item, the questions, conclusions and follow-up, signed by notulis and chair.
    func notulen() -> Paper {
        var info = basicInfo
        info.append(Paper.Field(label: lang.t("Pimpinan rapat", "Chair"), value: clean(session.chair)))
        info.append(Paper.Field(label: lang.t("Notulis", "Minutes by"), value: clean(session.notulis)))
        info.append(Paper.Field(label: lang.t("Jumlah peserta", "Participants"), value: attendanceCounts))
        var blocks: [Paper.Block] = [.heading(lang.t("Jalannya rapat", "Proceedings"))]
        for item in session.agenda {
            let start = paperTime(ofISO: item.actualStart)
            let end = paperTime(ofISO: item.actualEnd)
            let time = start.map { lang.t("pukul ", "") + $0 + (end.map { "–" + $0 } ?? "") + " " + zone } ?? lang.t("tidak dilaksanakan", "not held")
            blocks.append(.heading("\(item.number). " + clean(item.title) + " (" + time + ")"))
            var fields: [Paper.Field] = []
            if !item.speaker.isEmpty { fields.append(Paper.Field(label: lang.t("Narasumber", "Speaker"), value: clean(item.speaker))) }
            let materials = session.materials.filter { $0.item == item.id }
            if !materials.isEmpty {
                fields.append(Paper.Field(label: lang.t("Materi", "Material"),
                                          value: materials.map { clean($0.title) + " (" + clean($0.fileName) + ")" }.joined(separator: "; ")))
            }
            if !fields.isEmpty { blocks.append(.fields(fields)) }
            for note in session.notes where note.item == item.id {
                blocks += narrative(note.text)
            }
        }
        blocks.append(.heading(lang.t("Tanya jawab", "Questions and answers")))
        if session.questions.isEmpty {
            blocks.append(.paragraph(lang.t("Tidak ada pertanyaan.", "No questions.")))
        } else {
            blocks.append(.list(session.questions.enumerated().map { i, q in
                "\(i + 1). " + clean(q.asker) + ": " + clean(q.text) + " — " + lang.t("Jawaban: ", "Answer: ")
                    + (q.answer.isEmpty ? "........................" : clean(q.answer))
            }))
        }
        blocks.append(.heading(lang.t("Kesimpulan", "Conclusions")))
        blocks += narrative(session.papers.conclusion)
        blocks.append(.heading(lang.t("Tindak lanjut", "Follow-up")))
        blocks += narrative(session.papers.followUp)
        blocks.append(.signatures(placeAndDate: placeAndDate, [
            signature(lang.t("Notulis,", "Minutes by,"), role: "", name: session.notulis, nip: session.papers.notulisNip),
            signature(lang.t("Pimpinan Rapat,", "Chair,"), role: "", name: session.chair, nip: session.papers.chairNip),
        ]))
        return Paper(kind: .notulen, letterhead: letterhead, title: lang.t("NOTULEN RAPAT", "MINUTES"), info: info, blocks: blocks)
    }

    /// Laporan kegiatan in the Tata Naskah Dinas order; the daftar hadir is its attachment.
    func laporan() -> Paper {
        let p = session.papers
        var blocks: [Paper.Block] = [.heading("I. " + lang.t("PENDAHULUAN", "INTRODUCTION")), .heading("A. " + lang.t("Latar Belakang", "Background"))]
        blocks += narrative(p.background)
        blocks += [.heading("B. " + lang.t("Maksud dan Tujuan", "Purpose"))] + narrative(p.purpose)
        blocks += [.heading("C. " + lang.t("Ruang Lingkup", "Scope"))] + narrative(p.scope)
        blocks += [.heading("D. " + lang.t("Dasar", "Basis"))] + narrative(p.basis)
        blocks.append(.heading("II. " + lang.t("KEGIATAN YANG DILAKSANAKAN", "ACTIVITIES")))
        blocks.append(.paragraph(lang.t(
            "\(clean(session.title)) dilaksanakan pada \(longDate), pukul \(actualTime ?? plannedTime + " (jadwal)"), bertempat di \(clean(session.venue)), "
                + "diselenggarakan oleh \(clean(session.organizer)), dengan susunan acara:",
            "\(clean(session.title)) was held on \(longDate), \(actualTime ?? plannedTime + " (planned)"), at \(clean(session.venue)), organised by "
                + "\(clean(session.organizer)), with this agenda:")))
        blocks.append(.list(session.agenda.map { item in
            var line = "\(item.number). " + clean(item.title)
            if !item.speaker.isEmpty { line += " — " + clean(item.speaker) }
            let materials = session.materials.filter { $0.item == item.id }.map { clean($0.title) }
            if !materials.isEmpty { line += " (" + lang.t("materi: ", "material: ") + materials.joined(separator: "; ") + ")" }
            return line
        }))
        blocks.append(.heading("III. " + lang.t("HASIL YANG DICAPAI", "RESULTS")))
        blocks.append(.paragraph(attendanceCounts + ". " + lang.t(
            "Dalam sesi tanya jawab diajukan \(session.questions.count) pertanyaan.",
            "\(session.questions.count) questions were asked.")))
        blocks += arrivalBlocks()
        blocks.append(.chart(presenceChart(AttendanceSummary(seats: session.attendees.lazy.filter(\.invited)))))
        blocks += [.heading("IV. " + lang.t("HAMBATAN", "OBSTACLES"))] + narrative(p.obstacles)
        blocks += [.heading("V. " + lang.t("SIMPULAN DAN SARAN", "CONCLUSIONS AND SUGGESTIONS")),
                   .heading("A. " + lang.t("Simpulan", "Conclusions"))] + narrative(p.conclusion)
        blocks += [.heading("B. " + lang.t("Saran", "Suggestions"))] + narrative(p.suggestions)
        blocks.append(.heading("VI. " + lang.t("PENUTUP", "CLOSING")))
        blocks.append(.paragraph(lang.t(
            "Demikian laporan ini dibuat untuk dipergunakan sebagaimana mestinya. Daftar hadir"
                + (session.photos.isEmpty ? "" : " dan dokumentasi kegiatan") + " terlampir.",
            "This report is made for its proper use. The attendance list"
                + (session.photos.isEmpty ? " is" : " and photos of the event are") + " attached.")))
        blocks.append(.signatures(placeAndDate: placeAndDate, [
            signature(lang.t("Yang melaporkan,", "Reported by,"),
                      role: p.officialTitle.isEmpty ? "........................" : p.officialTitle,
                      name: p.official, nip: p.officialNip),
        ]))
        return Paper(kind: .laporan, letterhead: letterhead, title: lang.t("LAPORAN KEGIATAN", "ACTIVITY REPORT"),
                     info: basicInfo, blocks: blocks)
    }

    /// The laporan's Lampiran dokumentasi: every photo with its caption; nil when the session has none.
    func documentation() -> Paper? {
        guard !session.photos.isEmpty else { return nil }
        let figures = session.photos.enumerated().map { index, photo in
            Paper.Figure(path: photo.storedPath, caption: lang.t("Foto", "Photo") + " \(index + 1). " + clean(photo.label))
        }
        return Paper(kind: .laporan, letterhead: [], lampiran: laporanLampiran, title: lang.t("DOKUMENTASI KEGIATAN", "PHOTOS OF THE EVENT"),
                     info: Array(basicInfo.prefix(2)), blocks: [.figures(figures)])
    }

    /// The heading of the laporan's lampiran (its daftar hadir, its photos): the report they belong to and its date.
    var laporanLampiran: Paper.Lampiran {
        Paper.Lampiran(heading: lang.t("LAMPIRAN LAPORAN KEGIATAN", "ATTACHMENT TO THE ACTIVITY REPORT"),
                       fields: [Paper.Field(label: lang.t("TANGGAL", "DATE"),
                                            value: String(placeAndDate.split(separator: ",").last ?? "").trimmingCharacters(in: .whitespaces))])
    }

    /// Walk-ins present: seats added at the door, not invited.
    var walkInsPresent: Int { session.attendees.lazy.filter { !$0.invited && $0.status.isPresent }.count }

    /// The one way every paper counts who came, as the rekap's table does: the invited seats by status, and the
    /// walk-ins apart. "Dari 40 undangan: hadir 3, diwakili 1, izin/sakit/dinas luar 1, tidak hadir 35; tanpa
    /// undangan 2 orang".
    var attendanceCounts: String {
        let c = AttendanceSummary(seats: session.attendees.lazy.filter(\.invited)).all
        return lang.t("Dari \(c.total) undangan: hadir \(c[.hadir]), diwakili \(c[.diwakili]), izin/sakit/dinas luar "
                          + "\(c.excused), tidak hadir \(c[.belumHadir]); peserta tanpa undangan \(walkInsPresent) orang",
                      "Of \(c.total) invited: present \(c[.hadir]), represented \(c[.diwakili]), excused \(c.excused), "
                          + "absent \(c[.belumHadir]); walk-ins \(walkInsPresent)")
    }
}
