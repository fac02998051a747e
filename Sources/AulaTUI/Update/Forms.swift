import AulaCore

/// The forms the app opens, with their fields.
enum Forms {
    /// Offered the seat's holder as the office's directory last confirmed them, when it knows one.
    static func personName(_ seat: Attendee, directory: Session?, today: String, lang: Lang) -> Form {
        var form = Form(purpose: .personName(attendee: seat.id),
                        title: lang.t("Nama yang hadir untuk ", "Name of who came for ") + seat.seatName
                            + lang.t(" (boleh dilewati: Esc)", " (optional: Esc skips)"),
                        labels: [lang.t("Nama", "Name")], fields: [TextField()])
        if let directory, let holder = OfficeDirectory.holder(of: seat.seatName, in: directory) {
            var field = TextField(holder.name)
            field.end()
            form.fields = [field]
            form.note = lang.t("Dari direktori kantor: terakhir \(holder.seenOn)", "From the office's directory: last \(holder.seenOn)")
                + (OfficeDirectory.mayBeReplaced(holder, today: today) ? lang.t(", mungkin sudah diganti", ", may have been replaced") : "")
                + lang.t(". Enter menyimpan; ubah bila orang lain.", ". Enter saves; change it if someone else came.")
        }
        return form
    }

    static func standIn(_ seat: Attendee, lang: Lang) -> Form {
        Form(purpose: .standIn(attendee: seat.id),
             title: lang.t("Diwakili: ", "Represented: ") + seat.seatName,
             labels: [lang.t("Nama wakil", "Stand-in's name"), lang.t("Jabatan wakil", "Stand-in's position")],
             fields: [TextField(), TextField()])
    }

    static func reason(_ seat: Attendee, _ status: AttendanceStatus, lang: Lang) -> Form {
        var form = Form(purpose: .reason(attendee: seat.id, status: status),
                        title: status.label(lang).prefix(1).uppercased() + status.label(lang).dropFirst() + ": " + seat.heading,
                        labels: [lang.t("Alasan", "Reason")], fields: [TextField()])
        form.note = lang.t("Boleh kosong; Enter menyimpan, Esc batal.", "May be left empty; Enter saves, Esc cancels.")
        return form
    }

    static func walkIn(lang: Lang, query: String) -> Form {
        Form(purpose: .walkIn, title: lang.t("Peserta baru (tanpa undangan)", "Walk-in attendee"),
             labels: attendeeLabels(lang), fields: [TextField(query), TextField(), TextField(), TextField(), TextField()])
    }

    static func edit(_ seat: Attendee, lang: Lang) -> Form {
        Form(purpose: .edit(attendee: seat.id), title: lang.t("Ubah baris ", "Edit row ") + String(seat.row),
             labels: attendeeLabels(lang) + ["NIP", lang.t("Pangkat/Golongan", "Rank/Grade"), "NPWP"],
             fields: SeatOperation.editable.map { TextField(seat.value(of: $0)) })
    }

    static func question(_ item: AgendaItem, lang: Lang) -> Form {
        Form(purpose: .question(item: item.id), title: lang.t("Pertanyaan pada: ", "Question on: ") + item.title,
             labels: [lang.t("Penanya (cari)", "Asked by (search)"), lang.t("Pertanyaan", "Question"),
                      lang.t("Jawaban", "Answer")],
             fields: [TextField(), TextField(), TextField()])
    }

    static func material(_ state: AppState) -> Form {
        let lang = state.lang
        let item = state.session.runningItem ?? state.selectedItem
        return Form(purpose: .material, title: lang.t("Tambah materi", "Add a material"),
                    labels: [lang.t("Acara no.", "Item no."), lang.t("Berkas (path)", "File (path)"),
                             lang.t("Judul", "Title")],
                    fields: [TextField(item.map { String($0.number) } ?? ""), TextField(), TextField()], focus: 1)
    }

    static func agendaItem(lang: Lang) -> Form {
        Form(purpose: .agendaItem, title: lang.t("Tambah acara", "Add an agenda item"),
             labels: itemLabels(lang), fields: [TextField(), TextField(), TextField(), TextField()])
    }

    static func editItem(_ item: AgendaItem, in session: Session, lang: Lang) -> Form {
        Form(purpose: .editItem(item: item.id), title: lang.t("Ubah acara ", "Edit item ") + String(item.number),
             labels: itemLabels(lang) + [lang.t("Mulai (JJ:MM)", "Started (HH:MM)"), lang.t("Selesai (JJ:MM)", "Ended (HH:MM)")],
             fields: [item.title, item.speaker, item.plannedStart, item.minutes > 0 ? String(item.minutes) : "",
                      session.clock.clockTime(ofISO: item.actualStart) ?? "", session.clock.clockTime(ofISO: item.actualEnd) ?? ""]
                .map(TextField.init))
    }

    static func rate(lang: Lang) -> Form {
        let kinds = PaymentRate.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        var form = Form(purpose: .rate, title: lang.t("Tarif (Rp0 menghapusnya)", "A rate (Rp0 takes it back)"),
                        labels: [lang.t("Jenis", "Kind"), lang.t("Untuk", "For"), lang.t("Jumlah (Rp)", "Amount (Rp)"),
                                 lang.t("Jam/kali/hari", "Hours/times/days"), lang.t("Golongan (honor)", "Grade (honor)")],
                        fields: [TextField("transport"), TextField(), TextField(), TextField("1"), TextField()], focus: 1)
        form.note = lang.t("Jenis: \(kinds). Untuk: jabatan atau peserta; honor: no. acara lalu nama; moderator, pembawa-acara, panitia: nama.",
                           "Kind: \(kinds). For: a jabatan or attendee; honor: item no. then name; moderator, pembawa-acara, panitia: name.")
        return form
    }

    /// The fields of one of the session's people, in `Change.PersonField`'s order of what a form asks first.
    static let personFields: [Change.PersonField] = [.role, .name, .status, .golongan, .nip, .jabatan, .instansi, .npwp, .nik, .address,
                                                     .bank, .account]

    /// The fields of a person in the office's directory the form edits, in order.
    static let directoryFields: [Change.PersonField] = [.name, .jabatan, .instansi, .seat, .nip, .golongan, .npwp, .nik, .phone, .bank, .account]

    static func directoryPerson(_ person: Person, lang: Lang) -> Form {
        let labels = [lang.t("Nama dan gelar", "Name and titles"), lang.t("Jabatan", "Position"), lang.t("Instansi", "Office"),
                      lang.t("Kursi", "Seat"), "NIP", lang.t("Golongan", "Grade"), "NPWP", "NIK", "No HP", "Bank", lang.t("No. rekening", "Account no.")]
        var form = Form(purpose: .directoryPerson(id: person.id), title: lang.t("Direktori kantor: ", "Office directory: ") + person.name,
                        labels: labels, fields: directoryFields.map { TextField(OfficeDirectory.value(person, $0)) })
        form.note = person.seenOn.isEmpty ? nil
            : lang.t("Terakhir terlihat \(person.seenOn): \(person.seenAt)", "Last seen \(person.seenOn): \(person.seenAt)")
        return form
    }

    static func person(lang: Lang) -> Form {
        let labels = [lang.t("Peran", "Role"), lang.t("Nama dan gelar", "Name and titles"), "Status",
                      lang.t("Golongan (III/c)", "Grade (III/c)"), "NIP", lang.t("Jabatan", "Position"), lang.t("Instansi", "Office"),
                      "NPWP", "NIK", lang.t("Alamat sesuai NIK", "Address as on the NIK"), "Bank", lang.t("No. rekening", "Account no.")]
        var form = Form(purpose: .person, title: lang.t("Narasumber, moderator, pembawa acara atau panitia", "Speaker, moderator, MC or committee"),
                        labels: labels, fields: [TextField("narasumber")] + Array(repeating: TextField(), count: labels.count - 1), focus: 1)
        form.note = lang.t("Peran: narasumber, moderator, pembawa-acara, panitia. Status: pns, pppk, non-pns.",
                           "Role: narasumber, moderator, pembawa-acara, panitia. Status: pns, pppk, non-pns.")
        return form
    }

    static func itemLabels(_ lang: Lang) -> [String] {
        [lang.t("Acara", "Item"), lang.t("Narasumber", "Speaker"), lang.t("Jam (JJ:MM)", "Time (HH:MM)"), lang.t("Menit", "Minutes")]
    }

    static func attendeeLabels(_ lang: Lang) -> [String] {
        [lang.t("Nama", "Name"), lang.t("Jabatan", "Position"), lang.t("Unit/Instansi", "Unit"),
         lang.t("Kecamatan", "District"), lang.t("No HP", "Phone")]
    }
}

/// Typing in a form, and what submitting each kind of form records.
func updateForm(_ state: inout AppState, _ action: Action) -> [Effect] {
    guard var form = state.form else { return [] }
    switch action {
    case .formType(let c): form.focused.insert(c); form.askerPick = form.focus == 0 ? 0 : form.askerPick
    case .formBackspace: form.focused.backspace()
    case .formDelete: form.focused.deleteForward()
    case .formCursor(let delta): form.focused.move(delta)
    case .formHome: form.focused.home()
    case .formEnd: form.focused.end()
    case .formNextField, .formPreviousField:
        // On the asker field of a question, up/down pick among the matches instead.
        if case .question = form.purpose, form.focus == 0, !form.fields[0].text.isEmpty {
            let count = state.index.search(form.fields[0].text).count
            let next = form.askerPick + (action == .formNextField ? 1 : -1)
            if next >= 0 && next < count { form.askerPick = next; break }
        }
        let n = form.fields.count
        form.focus = (form.focus + (action == .formNextField ? 1 : n - 1)) % n
    case .formSubmit:
        return submit(&state, form)
    default:
        break
    }
    state.form = form
    return []
}

private func submit(_ state: inout AppState, _ form: Form) -> [Effect] {
    let lang = state.lang
    func refuse(_ message: String) -> [Effect] {
        var form = form
        form.error = message
        state.form = form
        return []
    }
    switch form.purpose {
    case .personName(let id):
        state.form = nil
        guard let seat = state.session.attendee(id: id), let outcome = SeatOperation.name(seat, form.value(0), lang: lang) else {
            return []
        }
        state.saveState = .pending
        return [.append(outcome.changes, message: outcome.message)]
    case .standIn(let id):
        guard let seat = state.session.attendee(id: id) else { state.form = nil; return [] }
        // The operation says what a stand-in needs (a name); refused, the form stays open with its words.
        let effects = record(&state, seat, .diwakili, standIn: form.value(0), standInJabatan: form.value(1))
        if !effects.isEmpty { state.form = nil }
        return effects
    case .reason(let id, let status):
        guard let seat = state.session.attendee(id: id) else { state.form = nil; return [] }
        let effects = record(&state, seat, status, reason: form.value(0))
        if !effects.isEmpty { state.form = nil }
        return effects
    case .walkIn:
        var kecamatan = form.value(3)
        let choice = WalkIn.kecamatan(kecamatan, in: state.session)
        switch choice {
        case .known(let spelled): kecamatan = spelled
        case .new(let name, _) where form.newKecamatan == name: break  // saved again: a new kecamatan on purpose
        default:
            if let refusal = WalkIn.refusal(choice, meaning: ("Simpan sekali lagi untuk menambahkannya sebagai kecamatan baru.",
                                                              "Save again to add it as a new kecamatan.")) {
                var asked = form
                if case .new(let name, _) = choice { asked.newKecamatan = name }
                asked.error = refusal.message(lang)
                state.form = asked
                return []
            }
        }
        let id = state.newID(.walkIn)
        let details = WalkIn.Details(name: form.value(0), jabatan: form.value(1), unit: form.value(2),
                                     kecamatan: kecamatan, phone: form.value(4))
        let added: WalkIn.Added
        do {
            added = try WalkIn.add(id: id, details, desk: state.desk, in: state.session)
        } catch {
            return refuse(error.message(lang))
        }
        state.form = nil
        state.hadir.query = TextField()
        return record(&state, added.seat, .hadir, extra: [added.change])
    case .edit(let id):
        guard let seat = state.session.attendee(id: id) else { state.form = nil; return [] }
        var values: ChangeFields<Change.AttendeeField> = [:]
        for (i, field) in SeatOperation.editable.enumerated() { values[field] = form.value(i) }
        let outcome: Outcome?
        do { outcome = try SeatOperation.edit(seat, to: values, lang: lang) } catch { return refuse(error.message(lang)) }
        state.form = nil
        guard let outcome else { return [] }
        state.saveState = .pending
        return [.append(outcome.changes, message: outcome.message)]
    case .question(let item):
        let typed = form.fields[0].text
        let matches = typed.isEmpty ? [] : state.index.search(typed)
        // Someone not on the roster is recorded as typed ("Antonius Mau, warga Desa Tohe").
        let asker: QuestionOperation.Asker
        if matches.indices.contains(form.askerPick) {
            asker = .seat(state.session.attendees[matches[form.askerPick].index])
        } else if matches.isEmpty && !TextSanitizer.line(typed).isEmpty {
            asker = .named(typed)
        } else {
            return refuse(lang.t("Tulis atau pilih penanya.", "Type or pick who asked."))
        }
        let id = state.newID(.question)
        return perform(&state) { _ in
            try QuestionOperation.ask(id: id, item: item, asker: asker, text: form.value(1), answer: form.value(2), lang: lang)
        } onSuccess: { $0.form = nil }
    case .material:
        guard let number = Int(form.value(0)), state.session.agenda.indices.contains(number - 1) else {
            return refuse(lang.t("Nomor acara tidak ada.", "No such agenda item."))
        }
        guard !form.value(1).isEmpty else { return refuse(lang.t("Isi path berkas.", "Fill in the file's path.")) }
        state.form = nil
        return [.addMaterial(path: form.value(1), item: state.session.agenda[number - 1].id, title: form.value(2))]
    case .agendaItem:
        let id = state.newID(.item)
        let effects = perform(&state) {
            try AgendaOperations.add(id: id, title: form.value(0), speaker: form.value(1), plannedStart: form.value(2),
                                     minutes: typedNumber(form.value(3)), in: $0, lang: lang)
        } onSuccess: { $0.form = nil }
        return effects
    case .editItem(let id):
        guard let item = state.session.agenda.first(where: { $0.id == id }) else {
            state.form = nil
            return []
        }
        // Only what was changed is written; a form saved as it was opened changes nothing.
        let opened = Forms.editItem(item, in: state.session, lang: lang)
        func changed(_ i: Int) -> String? { form.value(i) == opened.value(i) ? nil : form.value(i) }
        let minutes = changed(3).flatMap(typedNumber)
        guard (0..<6).contains(where: { changed($0) != nil }) else {
            state.form = nil
            return []
        }
        return perform(&state) {
            try AgendaOperations.edit(number: item.number, title: changed(0), speaker: changed(1), plannedStart: changed(2),
                                      minutes: minutes, started: changed(4), ended: changed(5), in: $0, lang: lang)
        } onSuccess: { $0.form = nil }
    case .rate:
        guard let kind = PaymentRate.Kind(rawValue: form.value(0).lowercased()) else {
            let kinds = PaymentRate.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            return refuse(lang.t("Jenis: \(kinds).", "Kind: \(kinds)."))
        }
        // Honor: the item's number, then (optionally) one of the session's people; moderator, pembawa acara and
        // panitia: one of the session's people; otherwise a jabatan or an attendee.
        var forText = form.value(1), personName = ""
        if kind == .honor, let space = forText.firstIndex(of: " ") {
            personName = String(forText[space...]).trimmingCharacters(in: .whitespaces)
            forText = String(forText[..<space])
        } else if kind.isHonorarium && kind != .honor {
            personName = forText
        }
        let whom = personName == forText ? PaymentOperation.Whom.jabatan("") : PaymentOperation.Whom.typed(forText, for: kind, in: state.session)
        guard let whom, !forText.isEmpty else {
            return refuse(kind == .honor ? lang.t("Untuk: nomor acara narasumber, lalu namanya.", "For: the speaker's item number, then their name.")
                          : kind.isHonorarium ? lang.t("Untuk: nama orang kegiatan (tombol o menambahkannya).", "For: the person's name (o adds one).")
                          : lang.t("Untuk: jabatan atau peserta.", "For: a jabatan or an attendee."))
        }
        guard let amount = Rupiah.parse(form.value(2)) else {
            return refuse(lang.t("Jumlah: rupiah utuh, misalnya 150.000.", "Amount: whole rupiah, for example 150.000."))
        }
        return perform(&state) { session in
            let person = personName.isEmpty ? nil : try PersonOperation.find(personName, in: session, lang: lang)
            return try PaymentOperation.rate(kind, for: whom, amount: amount, hours: typedNumber(form.value(3)) ?? 1, golongan: form.value(4),
                                             person: person, in: session, lang: lang)
        } onSuccess: { $0.form = nil }
    case .directoryPerson(let id):
        guard let person = state.directory?.people.first(where: { $0.id == id }) else { return refuse(lang.t("Sudah dilupakan.", "Forgotten already.")) }
        var changes: [Change] = []
        do {
            for (index, field) in Forms.directoryFields.enumerated() where form.value(index) != OfficeDirectory.value(person, field) {
                changes += try PersonOperation.set(person, field, form.value(index), lang: lang).changes
            }
        } catch {
            return refuse(error.message(lang))
        }
        state.form = nil
        guard !changes.isEmpty else { return [] }
        return [.appendOffice(changes, message: lang.t("Direktori diubah: ", "Directory changed: ") + person.name)]
    case .person:
        var fields = ChangeFields<Change.PersonField>()
        for (index, field) in Forms.personFields.enumerated() where !form.value(index).isEmpty { fields[field] = form.value(index) }
        let id = state.newID(.person)
        return perform(&state) { try PersonOperation.add(id: id, fields, in: $0, lang: lang) } onSuccess: { $0.form = nil }
    }
}

/// A number typed in a form: nil when left empty, 0 when it is not a number, so the operation that checks the
/// range says what is wanted ("Menit: angka 1–1440.").
private func typedNumber(_ text: String) -> Int? {
    text.isEmpty ? nil : Int(text) ?? 0
}
