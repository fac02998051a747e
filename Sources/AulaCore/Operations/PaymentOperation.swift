/// Setting the money of a session: rates for uang transport, uang saku and honorarium, and PPh 21 rates; each
/// checked before anything is written. `aula pay` and the app both call here.
public enum PaymentOperation {
    /// Whom a new rate is for, as typed.
    public enum Whom: Equatable, Sendable {
        case jabatan(String)
        case seat(String)
        /// An agenda item by its number (1-based).
        case item(Int)

        /// Whom a rate typed in one field is for: an honorarium's agenda item by its number; otherwise a jabatan
        /// some invited seat holds ("Kepala Desa"), else one seat (a name, unit, row or code).
        public static func typed(_ text: String, for kind: PaymentRate.Kind, in session: Session) -> Whom? {
            let clean = TextSanitizer.line(text)
            if kind == .honor { return Int(clean).map(Whom.item) }
            guard !clean.isEmpty else { return nil }
            let key = SearchText.normalize(clean)
            return session.attendees.contains { $0.invited && SearchText.normalize($0.jabatan) == key } ? .jabatan(clean) : .seat(clean)
        }
    }

    /// A rate of `kind` for `whom`: whole rupiah per unit (`Kind.unit`: per person; per hour, occasion or day of an
    /// honorarium, `hours` of them). The moderator, pembawa acara and panitia are paid as one of the session's
    /// `person`s.
    public static func rate(_ kind: PaymentRate.Kind, for whom: Whom, amount: Int, hours: Int = 1, golongan: String = "",
                            person: Person? = nil, accountCode: String = "", in session: Session, lang: Lang) throws -> Outcome {

        guard (0...Rupiah.mostPerPerson).contains(amount) else {
            throw AulaError(id: "Jumlah \(Rupiah.format(amount)) tidak masuk akal: dari Rp0 sampai \(Rupiah.format(Rupiah.mostPerPerson)) per orang.",
                            en: "The amount \(Rupiah.format(amount)) makes no sense: from Rp0 to \(Rupiah.format(Rupiah.mostPerPerson)) a person.")
        }
        guard (1...100).contains(hours) else {
            throw AulaError(id: "Jam: 1 sampai 100.", en: "Hours: 1 to 100.")
        }
        let cleanGolongan = TextSanitizer.line(golongan)
        if !cleanGolongan.isEmpty && Golongan(text: cleanGolongan) == nil {
            throw AulaError(id: "Golongan '\(TextSanitizer.excerpt(golongan))' tidak dikenal: I sampai IV, misalnya III/b.",
                            en: "Golongan '\(TextSanitizer.excerpt(golongan))' is not known: I to IV, for example III/b.")
        }
        let target: PaymentRate.Target
        let count: Int
        switch (kind, whom) {
        case (.transport, _) where person != nil, (.uangSaku, _) where person != nil:
            target = .person(person!.id)
            count = 1
        case (.moderator, _), (.pembawaAcara, _), (.panitia, _):
            guard let person else {
                throw AulaError(id: "Honorarium \(kind.rawValue) dibayar kepada satu orang kegiatan: --person NAMA (aula person add DIR --role \(kind.role?.rawValue ?? "") ...).",
                                en: "A \(kind.rawValue) honorarium is paid to one of the session's people: --person NAME (aula person add DIR --role \(kind.role?.rawValue ?? "") ...).")
            }
            target = .person(person.id)
            count = 1
        case (.honor, .item(let number)):
            guard session.agenda.indices.contains(number - 1) else {
                throw AulaError(id: "Tidak ada acara nomor \(number) (ada \(session.agenda.count)).",
                                en: "There is no agenda item \(number) (there are \(session.agenda.count)).")
            }
            target = .item(session.agenda[number - 1].id)
            count = 1
        case (.honor, _):
            throw AulaError(id: "Honorarium dibayar per acara.", en: "An honorarium is paid per agenda item.",
                            remedy: .payHonorariumPerItem)
        case (_, .item):
            throw AulaError(id: "Uang transport dan uang saku dibayar per orang.",
                            en: "Transport and pocket money are paid per person.", remedy: .payPerPerson)
        case (_, .jabatan(let text)):
            let key = SearchText.normalize(text)
            count = session.attendees.filter { $0.invited && SearchText.normalize($0.jabatan) == key }.count
            guard count > 0, !key.isEmpty else {
                let known = Set(session.attendees.filter(\.invited).map(\.jabatan)).sorted().prefix(12).joined(separator: ", ")
                throw AulaError(id: "Tidak ada kursi undangan dengan jabatan '\(TextSanitizer.excerpt(text))'. Jabatan yang ada: \(known).",
                                en: "No invited seat has the jabatan '\(TextSanitizer.excerpt(text))'. The jabatan are: \(known).")
            }
            target = .jabatan(TextSanitizer.line(text))
        case (_, .seat(let query)):
            target = .seat(try SeatResolver.resolve(query, in: session).id)
            count = 1
        }
        let units = kind.isHonorarium ? hours : 1
        var rate = PaymentRate(kind: kind, target: target, amount: amount, hours: units, golongan: cleanGolongan,
                               person: kind == .honor ? person?.id ?? "" : "")
        rate.accountCode = TextSanitizer.line(accountCode)
        let whomText = kind == .honor ? (person.map { $0.name + ", " } ?? "") + PaymentRules.targetName(target, in: session, lang: lang)
            : PaymentRules.targetName(target, in: session, lang: lang)
        let unit = kind.unit(lang)
        let each = " per \(unit)" + (kind.isHonorarium ? " x \(units) \(unit)" : "")
        let message = amount == 0
            ? lang.t("Tarif \(kind.rawValue) untuk \(whomText) dihapus.", "The \(kind.rawValue) rate for \(whomText) is taken back.")
            : lang.t("Tarif \(kind.rawValue) untuk \(whomText): ", "The \(kind.rawValue) rate for \(whomText): ") + Rupiah.format(amount) + each
                + (count > 1 ? lang.t(" (\(count) kursi)", " (\(count) seats)") : "")
        return Outcome([.rate(rate)], message: TextSanitizer.line(message))
    }

    /// A PPh 21 rate of `percent` for `group`.
    public static func tax(_ group: TaxRules.Group, percent: Percent, lang: Lang) -> Outcome {
        let basisPoints = percent.basisPoints
        let name = group == .nonPNS ? lang.t("bukan PNS", "non-PNS") : lang.t("golongan ", "golongan ") + group.key
        return Outcome([.tax(group: group.key, basisPoints: basisPoints)],
                       message: lang.t("PPh 21 \(name): ", "PPh 21 \(name): ") + TaxRules.percent(basisPoints))
    }

    /// One line for the app's Dokumen tab: each kind's payees and what is paid out, or how to set a rate.
    public static func summary(_ session: Session, lang: Lang) -> String {
        let kinds = Set(PaymentRules.effective(session).map(\.kind))
        // A kind with a rate counts even before anyone it pays has come (Rp0, nobody yet).
        let parts = PaymentRate.Kind.allCases.filter(kinds.contains).map { kind -> String in
            let payments = PaymentRules.payments(kind, in: session, lang: lang)
            let paid = payments.reduce(0) { $0 + $1.netto }
            return kind.rawValue + " " + Rupiah.format(paid) + " (\(payments.count))"
        }
        return parts.isEmpty ? lang.t("Uang: belum ada tarif", "Money: no rates yet")
            : lang.t("Uang: ", "Money: ") + parts.joined(separator: " · ")
    }

    /// What `aula pay list` prints: every rate as set (the ones replaced marked), the tax rule, and each kind's total.
    public static func list(_ session: Session, lang: Lang) -> [String] {
        let holding = PaymentRules.effective(session)
        var lines: [String] = []
        for rate in session.rates {
            let kept = holding.contains(rate)
            let time = session.clock.clockTime(ofISO: rate.at) ?? ""
            let unit = rate.kind.unit(lang)
            let amount = rate.amount == 0 ? lang.t("dihapus", "taken back") : Rupiah.format(rate.amount)
                + (rate.kind.isHonorarium ? " per \(unit) x \(rate.hours)" : "")
            let golongan = rate.golongan.isEmpty ? "" : ", gol. " + rate.golongan
            let person = session.people.first { $0.id == rate.person }.map { TextSanitizer.line($0.name) + ", " } ?? ""
            lines.append((kept || rate.amount == 0 ? "  " : lang.t("  (diganti) ", "  (replaced) ")) + rate.kind.rawValue + "  "
                         + person + PaymentRules.targetName(rate.target, in: session, lang: lang) + ": " + amount + golongan
                         + "  [\(rate.desk) \(time)]")
        }
        if lines.isEmpty { lines.append(lang.t("Belum ada tarif.", "No rates yet.")) }
        lines.append(TaxRules(session: session).description(lang))
        for kind in PaymentRate.Kind.allCases {
            let payments = PaymentRules.payments(kind, in: session, lang: lang)
            guard !payments.isEmpty else { continue }
            let bruto = payments.reduce(0) { $0 + $1.bruto }, tax = payments.reduce(0) { $0 + $1.tax }
            lines.append(lang.t("\(kind.title(lang).capitalized): \(payments.count) penerima, bruto ", "\(kind.title(lang).capitalized): \(payments.count) payees, gross ")
                         + Rupiah.format(bruto) + ", PPh 21 " + Rupiah.format(tax) + lang.t(", diterima ", ", paid ") + Rupiah.format(bruto - tax))
        }
        return lines
    }
}
