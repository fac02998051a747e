import CPangoCairo

/// A check-in code's QR symbol from libqrencode: level M, 8-bit mode, the smallest version that holds it.
struct QRSymbol {
    /// Modules per side.
    let width: Int
    /// Dark modules, row by row.
    let dark: [Bool]

    /// The symbol of `text`, or nil if libqrencode cannot make one (it cannot fail for a code of 16 characters).
    init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        width = Int(code.pointee.width)
        dark = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// Adds the dark modules to Cairo's path as rectangles, one per run of dark modules in a row, inside a square
    /// `size` wide at (`x`, `y`) with a quiet zone of four modules on every side.
    func addPath(to cairo: OpaquePointer, x: Double, y: Double, size: Double) {
        let module = size / Double(width + 8)
        for row in 0..<width {
            var column = 0
            while column < width {
                guard dark[row * width + column] else {
                    column += 1
                    continue
                }
                let start = column
                while column < width && dark[row * width + column] { column += 1 }
                cairo_rectangle(cairo, x + Double(start + 4) * module, y + Double(row + 4) * module,
                                Double(column - start) * module, module)
            }
        }
    }
}
