/// One line of a daftar penerimaan: who receives, for which seat, how much before and after tax.
public struct Payment: Equatable, Sendable {
    /// The person who signs for the money: the attendee, or the stand-in who came.
    public var payee: String
    /// The seat paid for ("Kepala Desa Tohe"); for an honorarium, the agenda item.
    public var seat: String
    /// Whether a stand-in receives it on the seat's behalf (a.n.).
    public var onBehalf: Bool
    /// For an honorarium: the golongan the tax was taken at ("III/c", "bukan PNS") and the NPWP.
    public var golongan: String
    public var npwp: String
    public var bruto: Int
    public var tax: Int
    /// For an honorarium, the rule its tax was taken by: "final 15%", "50% x 5%, tanpa NPWP +20%: 3%".
    public var rule = ""
    /// Whether the payee has a name: a seat checked in without one (a scan of an empty region seat) does not.
    public var named = true
    /// What the payee is for the bukti potong's kode objek pajak; nil where no PPh 21 is withheld.
    public var taxPayee: TaxObjectCodes.Payee? = nil
    /// The tax base: half the gross for a bukan pegawai, the whole gross otherwise.
    public var dpp = 0
    /// The numbers and the address the bukti potong needs, as given (digits only where they were typed with dots).
    public var taxNPWP = ""
    public var taxNIK = ""
    public var address = ""
    /// What is paid out.
    public var netto: Int { bruto - tax }
    /// Whether a bukti potong can name the payee: an NPWP or a NIK with digits.
    public var hasTaxID: Bool { (taxNPWP + taxNIK).contains(where: \.isASCIIDigit) }
}

/// Who is paid what, from the session: present seats by their rates (the seat's own rate, else its jabatan's;
/// walk-ins only by a rate of their own), a stand-in on the seat's behalf, the excused and the absent not at all;
/// narasumber per hour of their agenda item, with PPh 21 by golongan.
public enum PaymentRules {
    /// The rates that hold: the latest for each kind and target, in the order they were first set; rates taken
    /// back (amount 0) left out.
    public static func effective(_ session: Session) -> [PaymentRate] {
        var latest: [String: PaymentRate] = [:]
        var order: [String] = []
        for rate in session.rates {
            let key = rate.kind.rawValue + "|" + rate.target.parts.0 + "|" + normalizedKey(rate.target) + "|" + rate.person
            if latest[key] == nil { order.append(key) }
            latest[key] = rate
        }
        return order.compactMap { latest[$0] }.filter { $0.amount > 0 }
    }

    static func normalizedKey(_ target: PaymentRate.Target) -> String {
        if case .jabatan(let text) = target { return SearchText.normalize(text) }
        return target.parts.1
    }

    /// The payments of one kind, in roster (or agenda) order.
    public static func payments(_ kind: PaymentRate.Kind, in session: Session, lang: Lang) -> [Payment] {
        let rates = effective(session).filter { $0.kind == kind }
        switch kind {
        case .honor: return honoraria(rates, in: session, lang: lang)
        case .moderator, .pembawaAcara, .panitia:
            // Per occasion or per day, in the order the rates were set.
            let rules = TaxRules(session: session)
            return rates.compactMap { rate in
                guard case .person(let id) = rate.target, let person = session.people.first(where: { $0.id == id }) else { return nil }
                let what = "\(rate.hours) " + kind.unit(lang)
                return honorarium(person, kind, what: what, bruto: rate.amount * rate.hours, rules, lang)
            }
        case .transport, .uangSaku: return pesertaMoney(kind, rates, in: session, lang: lang)
        }
    }

    /// Uang transport or uang saku: present seats by their rates, then the session's own people with a rate of their
    /// own.
    static func pesertaMoney(_ kind: PaymentRate.Kind, _ rates: [PaymentRate], in session: Session, lang: Lang) -> [Payment] {
        var bySeat: [String: Int] = [:], byJabatan: [String: Int] = [:]
        for rate in rates {
            switch rate.target {
            case .seat(let id): bySeat[id] = rate.amount
            case .jabatan(let text): byJabatan[SearchText.normalize(text)] = rate.amount
            case .item, .person: break
            }
        }
        // The session's own people with a rate of their own, after the seats: not peserta, so not taxed as peserta.
        let people = rates.compactMap { rate -> Payment? in
            guard case .person(let id) = rate.target, let person = session.people.first(where: { $0.id == id }) else { return nil }
            let work = [person.role.label(lang), person.jabatan, person.instansi].filter { !$0.isEmpty }.joined(separator: ", ")
            return Payment(payee: TextSanitizer.line(person.name), seat: TextSanitizer.line(work), onBehalf: false, golongan: "",
                           npwp: "", bruto: rate.amount, tax: 0)
        }
        // Where the Pemda withholds PPh 21 from the peserta's money: Pasal 17 on the whole gross.
        let taxed = kind == .transport ? session.papers.taxTransport == "ya" : session.papers.taxPocketMoney == "ya"
        let rules = TaxRules(session: session)
        return session.attendees.compactMap { seat -> Payment? in
            guard let attendance = seat.attendance, attendance.status.isPresent,
                  let amount = bySeat[seat.id] ?? (seat.invited ? byJabatan[SearchText.normalize(seat.jabatan)] : nil) else {
                return nil
            }
            let standIn = attendance.status == .diwakili
            let payee = standIn ? attendance.standIn : (seat.name.isEmpty ? seat.seatName : seat.name)
            let npwp = standIn ? "" : TextSanitizer.line(seat.npwp)
            let hasNPWP = rules.countsAsNPWP(npwp: npwp, nik: "")
            return Payment(payee: TextSanitizer.line(payee), seat: TextSanitizer.line(seat.seatName), onBehalf: standIn,
                           golongan: "", npwp: "", bruto: amount, tax: taxed ? rules.tax(amount, .peserta, hasNPWP: hasNPWP) : 0,
                           named: standIn || !seat.name.isEmpty, taxPayee: taxed ? .participant : nil, dpp: taxed ? amount : 0,
                           taxNPWP: npwp)
        } + people
    }


    static func honoraria(_ rates: [PaymentRate], in session: Session, lang: Lang) -> [Payment] {
        let rules = TaxRules(session: session)
        var people: [String: Attendee] = [:]
        for seat in session.attendees where !seat.name.isEmpty { people[personKey(seat.name)] = seat }
        // In agenda order; on one item, each person's rate in the order set.
        return session.agenda.flatMap { item in rates.filter { $0.target == .item(item.id) }.map { (item, $0) } }.map { item, rate in
            if let person = session.people.first(where: { $0.id == rate.person }) {
                let what = lang.t("acara \(item.number), \(rate.hours) jam", "item \(item.number), \(rate.hours) h")
                return honorarium(person, .honor, what: what, bruto: rate.amount * rate.hours, rules, lang)
            }
            let known = people[personKey(item.speaker)]
            let grade = rate.golongan.isEmpty ? known?.golongan ?? "" : rate.golongan
            let golongan = Golongan(text: grade)
            let group = golongan.map(TaxRules.Group.golongan) ?? .nonPNS
            let bruto = rate.amount * rate.hours
            let speaker = item.speaker.isEmpty ? lang.t("(narasumber belum diisi)", "(speaker not set)") : item.speaker
            let npwp = TextSanitizer.line(known?.npwp ?? "")
            let hasNPWP = rules.countsAsNPWP(npwp: npwp, nik: "")
            return Payment(payee: TextSanitizer.line(speaker),
                           seat: lang.t("Acara \(item.number), \(rate.hours) jam", "Item \(item.number), \(rate.hours) h"),
                           onBehalf: false, golongan: golongan == nil ? lang.t("bukan PNS", "non-PNS") : Golongan.grade(in: grade),
                           npwp: npwp, bruto: bruto, tax: rules.tax(bruto, group, hasNPWP: hasNPWP),
                           rule: rules.applied(bruto, group, hasNPWP: hasNPWP, lang),
                           taxPayee: golongan.map(TaxObjectCodes.Payee.pns) ?? .speaker, dpp: golongan == nil ? bruto / 2 : bruto,
                           taxNPWP: npwp)
        }
    }

    /// An honorarium paid to one of the session's people: their name, jabatan and instansi with what it pays for,
    /// their golongan (a PNS) or status, their NPWP or NIK, and the PPh 21 rule their status, role and number call
    /// for: final by golongan for a PNS; for anyone else Pasal 17 on half the gross, or on the whole of it for panitia
    /// (a peserta kegiatan in PMK 168/2023 and PER-16/PJ/2016).
    static func honorarium(_ person: Person, _ kind: PaymentRate.Kind, what: String, bruto: Int, _ rules: TaxRules,
                           _ lang: Lang) -> Payment {
        let golongan = person.status == .pns ? Golongan(text: person.golongan) : nil
        let group = golongan.map(TaxRules.Group.golongan) ?? (kind == .panitia ? .peserta : .nonPNS)
        let hasNPWP = rules.countsAsNPWP(npwp: person.npwp, nik: person.nik)
        let work = [person.jabatan, person.instansi].filter { !$0.isEmpty }.joined(separator: ", ")
        let number = person.npwp.isEmpty ? (person.nik.isEmpty ? "" : "NIK " + person.nik) : person.npwp
        let payee: TaxObjectCodes.Payee = golongan.map(TaxObjectCodes.Payee.pns)
            ?? (kind == .panitia ? .committee : kind == .pembawaAcara ? .masterOfCeremonies : .speaker)
        return Payment(payee: TextSanitizer.line(person.name), seat: TextSanitizer.line(work.isEmpty ? what : work + "; " + what),
                       onBehalf: false,
                       golongan: golongan == nil ? person.status.label(lang) : Golongan.grade(in: person.golongan),
                       npwp: TextSanitizer.line(number), bruto: bruto, tax: rules.tax(bruto, group, hasNPWP: hasNPWP),
                       rule: rules.applied(bruto, group, hasNPWP: hasNPWP, lang), taxPayee: payee,
                       dpp: group == .nonPNS ? bruto / 2 : bruto, taxNPWP: TextSanitizer.line(person.npwp),
                       taxNIK: TextSanitizer.line(person.nik), address: TextSanitizer.line(person.address))
    }

    /// Whether the session pays any honorarium (narasumber, moderator, pembawa acara, panitia): it has kuitansi.
    public static func paysHonoraria(_ session: Session, lang: Lang) -> Bool {
        PaymentRate.Kind.allCases.contains { $0.isHonorarium && !payments($0, in: session, lang: lang).isEmpty }
    }

    /// Every payment PPh 21 is withheld on (or, at a 0% final rate, reported on), with its kind, kind by kind.
    public static func withholdings(_ session: Session, lang: Lang) -> [(kind: PaymentRate.Kind, payment: Payment)] {
        PaymentRate.Kind.allCases.flatMap { kind in
            payments(kind, in: session, lang: lang).filter { $0.taxPayee != nil }.map { (kind, $0) }
        }
    }

    /// A name as two lists compare it: without gelar, case or diacritics.
    public static func personKey(_ name: String) -> String { SearchText.nameWords(name).joined(separator: " ") }

    /// "jabatan Kepala Desa", "Kepala Desa Tohe", "acara 3": whom a rate is for, in words.
    public static func targetName(_ target: PaymentRate.Target, in session: Session, lang: Lang) -> String {
        switch target {
        case .jabatan(let text): return lang.t("jabatan ", "jabatan ") + TextSanitizer.line(text)
        case .seat(let id): return session.attendee(id: id).map { TextSanitizer.line($0.seatName) } ?? id
        case .person(let id): return session.people.first { $0.id == id }.map { TextSanitizer.line($0.name) } ?? id
        case .item(let id):
            guard let item = session.agenda.first(where: { $0.id == id }) else { return id }
            return lang.t("acara ", "item ") + "\(item.number). " + TextSanitizer.line(item.title)
        }
    }
}
