extension PaperBuilder {
    /// The surat undangan in the Tata Naskah Dinas layout: Nomor, Sifat, Lampiran and Hal; "Yth." the invitee; the
    /// day, time, place and acara; the signing official under the place and date; tembusan. `perInvitee`: one letter
    /// per seat, each with its QR code; otherwise one letter to "Daftar terlampir" and the lampiran daftar undangan
    /// with a QR code on every row. Fields not set print as dotted lines.
    func invitations(perInvitee: Bool) -> [Paper] {
        // Once the undangan went out (its first PDF was kept), a letter made again is a copy and says so.
        let copy = !session.papers.filedInvitation.isEmpty
        return made(perInvitee: perInvitee).map { paper in
            var paper = paper
            if copy { paper.title = paper.title.isEmpty ? lang.t("SALINAN", "COPY") : paper.title + lang.t(" (SALINAN)", " (COPY)") }
            return paper
        }
    }

    private func made(perInvitee: Bool) -> [Paper] {
        let seats = session.attendees.filter(\.invited)
        let tag = CheckInCode.tag(session)
        guard perInvitee else {
            return [letter(to: [lang.t("Yth. Daftar terlampir", "To: see the attached list")], code: nil, lampiran: true),
                    invitationList(seats)]
        }
        return seats.map { seat in
            var address = ["Yth. " + (seat.name.isEmpty ? clean(seat.seatName) : clean(seat.name))]
            if !seat.name.isEmpty { address.append(clean(seat.seatName)) }
            var letter = letter(to: address, code: seat.code(tag: tag), lampiran: false)
            letter.standsAlone = true
            return letter
        }
    }

    private func letter(to address: [String], code: String?, lampiran: Bool) -> Paper {
        let dots = "........................"
        let papers = session.papers
        let subject = lang.t("Undangan", "Invitation")
        var blocks: [Paper.Block] = [
            .fields([Paper.Field(label: lang.t("Nomor", "Number"), value: papers.letterNumber.isEmpty ? dots : clean(papers.letterNumber)),
                     Paper.Field(label: lang.t("Sifat", "Nature"), value: papers.letterNature.isEmpty ? dots : clean(papers.letterNature)),
                     Paper.Field(label: lang.t("Lampiran", "Attachment"), value: lampiran ? lang.t("1 (satu) berkas", "1 (one) list") : "-"),
                     Paper.Field(label: lang.t("Hal", "Subject"), value: subject)]),
            .lines(address + [lang.t("di –", "at"), "     " + lang.t("Tempat", "their office")]),
        ]
        if let code { blocks.append(.code(code)) }
        blocks.append(.paragraph(lang.t(
            "Dengan hormat, dalam rangka \(clean(session.title)), kami mengundang Bapak/Ibu/Saudara untuk hadir pada:",
            "We have the honour to invite you to \(clean(session.title)), on:")))
        blocks.append(.fields([
            Paper.Field(label: lang.t("hari/tanggal", "day/date"), value: longDate),
            Paper.Field(label: lang.t("pukul", "time"), value: plannedTime),
            Paper.Field(label: lang.t("tempat", "venue"), value: clean(session.venue)),
            Paper.Field(label: lang.t("acara", "event"), value: clean(session.title)),
        ]))
        blocks.append(.paragraph(lang.t(
            "Mohon membawa surat ini: kode QR atau barcode di dalamnya dipindai di meja registrasi. Mengingat pentingnya acara tersebut, "
                + "dimohon hadir tepat waktu. Atas perhatian dan kehadiran Bapak/Ibu/Saudara, kami ucapkan terima kasih.",
            "Please bring this letter: its QR code or barcode is scanned at the registration desk. Thank you for your attention and "
                + "attendance.")))
        let signer = signature("", role: papers.officialTitle.isEmpty ? dots : papers.officialTitle, name: papers.official,
                               nip: papers.officialNip)
        blocks.append(.signatures(placeAndDate: letterPlaceAndDate, [signer]))
        let copies = TextSanitizer.multiline(papers.copiesTo).split(separator: "\n").map { clean(String($0)) }
        if !copies.isEmpty {
            blocks.append(.lines([lang.t("Tembusan:", "Copies to:")]))
            blocks.append(.list(copies.enumerated().map { "\($0.offset + 1). " + $0.element }))
        }
        return Paper(kind: .undangan, letterhead: letterhead, title: "", info: [], blocks: blocks)
    }

    /// "Atambua, 20 Maret 2020": the letter's own date (dotted while unset), not the day of the event.
    private var letterPlaceAndDate: String {
        let place = session.papers.place.isEmpty ? "................" : clean(session.papers.place)
        return place + ", " + (letterDate ?? "........................")
    }

    /// "20 Maret 2020": the letter's date, nil while unset.
    private var letterDate: String? {
        SessionClock.longDate(session.papers.letterDate, lang: lang).map { String($0.split(separator: ",")[1].dropFirst()) }
    }

    /// The lampiran: every invited seat with its QR code.
    private func invitationList(_ seats: Roster) -> Paper {
        let tag = CheckInCode.tag(session)
        let rows = seats.map { seat in
            [String(seat.row), seat.name.isEmpty ? "" : clean(seat.name), clean(seat.jabatan), clean(seat.unit),
             clean(seat.kecamatan), seat.code(tag: tag)]
        }
        let table = Paper.Table(
            headers: ["No", lang.t("Nama", "Name"), lang.t("Jabatan", "Position"), lang.t("Unit/ Instansi", "Unit"),
                      lang.t("Kecamatan", "District"), lang.t("Kode Hadir", "Check-in Code")],
            rightAligned: [true, false, false, false, false, false], rows: rows,
            rowPadding: 0, codeColumn: 5)
        let number = session.papers.letterNumber.isEmpty ? "........................" : clean(session.papers.letterNumber)
        let signer = session.papers.officialTitle.isEmpty ? "" : " " + clean(session.papers.officialTitle).uppercased()
        let lampiran = Paper.Lampiran(heading: lang.t("LAMPIRAN SURAT UNDANGAN", "ATTACHMENT TO THE INVITATION OF") + signer,
                                      fields: [Paper.Field(label: lang.t("NOMOR", "NUMBER"), value: number),
                                               Paper.Field(label: lang.t("TANGGAL", "DATE"), value: letterDate ?? "........................")])
        return Paper(kind: .undangan, letterhead: [], lampiran: lampiran, title: lang.t("DAFTAR UNDANGAN", "INVITATION LIST"), info: [],
                     blocks: [.table(table)])
    }

    /// Name tags for every seat (name, jabatan, unit and QR code), or `blankForm` tags to fill in for walk-ins.
    func nameTags() -> Paper {
        let tag = CheckInCode.tag(session)
        let tags = blankForm
            ? Array(repeating: Paper.NameTag(name: "", jabatan: "", unit: "", code: ""), count: 8)
            : session.attendees.map { seat in
                seat.name.isEmpty
                    ? Paper.NameTag(name: clean(seat.seatName), jabatan: "", unit: "", code: seat.code(tag: tag))
                    : Paper.NameTag(name: clean(seat.name), jabatan: clean(seat.jabatan), unit: clean(seat.unit),
                                    code: seat.code(tag: tag))
            }
        // No title: eight tags on every sheet, the first too.
        guard !tags.isEmpty else {
            return Paper(kind: .tandaNama, letterhead: [], title: lang.t("TANDA NAMA", "NAME TAGS"), info: [], blocks: [.paragraph(lang.t(
                "Belum ada peserta dalam daftar undangan. Isi dengan: aula roster import DIR BERKAS; untuk tanda nama kosong: --blank.",
                "No one is on the roster yet. Fill it with: aula roster import DIR FILE; for blank tags: --blank."))])
        }
        return Paper(kind: .tandaNama, letterhead: [], title: "", info: [], blocks: [.nameTags(tags)])
    }
}
