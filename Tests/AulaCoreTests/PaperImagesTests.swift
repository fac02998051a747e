import Foundation
import Testing
@testable import AulaCore

/// Pictures are checked from their bytes when added: whole PNG or JPEG, and not more pixels than can be drawn.
@Suite struct PaperImagesTests {
    /// A PNG's signature, an IHDR of `width` x `height`, and an IEND: enough for the check, not for drawing.
    func png(_ width: UInt32, _ height: UInt32) -> Data {
        func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + be(width) + be(height)
                    + [8, 2, 0, 0, 0, 0, 0, 0, 0] + [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82])
    }

    /// A JPEG's SOI, an APP0 segment, `metadata` bytes of APP1 segments (a phone's EXIF and XMP), a baseline frame
    /// header of `width` x `height`, a scan, EOI and `trailer` (a motion photo's video).
    func jpeg(_ width: Int, _ height: Int, metadata: Int = 0, trailer: [UInt8] = []) -> Data {
        var app1: [UInt8] = []
        for _ in 0..<(metadata / 65_000) { app1 += [0xFF, 0xE1, 0xFD, 0xE8] + [UInt8](repeating: 0x41, count: 65_000 - 2) }
        return Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0] + app1
             + [0xFF, 0xC0, 0, 11, 8, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), 1, 1, 0x11, 0]
             + [0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0] + [0x12, 0x34, 0xFF, 0x00, 0x56] + [0xFF, 0xD9] + trailer)
    }

    @Test func sizesAreReadFromTheHeaders() throws {
        #expect(PaperImages.dimensions(of: png(4000, 3000)).map { [$0.width, $0.height] } == [4000, 3000])
        #expect(PaperImages.dimensions(of: jpeg(4032, 3024)).map { [$0.width, $0.height] } == [4032, 3024])
        #expect(try PaperImages.kind(of: jpeg(4032, 3024), name: "IMG_2031.jpg") == "jpg")
        #expect(try PaperImages.kind(of: png(8000, 6000), name: "panorama.png") == "png")
    }

    @Test func aPhonesJPEGIsTakenWithItsMetadataAndTrailer() throws {
        // More than a megabyte of EXIF/XMP before the frame, and a motion photo's video after the end.
        let motion = jpeg(4032, 3024, metadata: 1_300_000, trailer: Array("ftypmp42".utf8) + [UInt8](repeating: 7, count: 5000))
        #expect(try PaperImages.kind(of: motion, name: "PXL_20200327.MP.jpg") == "jpg")
        #expect(PaperImages.dimensions(of: motion).map { [$0.width, $0.height] } == [4032, 3024])
        // Cut short inside the scan: no end-of-image marker after it.
        let whole = jpeg(400, 300)
        #expect(throws: AulaError.self) { try PaperImages.kind(of: whole.prefix(whole.count - 4), name: "cut.jpg") }
    }

    @Test func hugeDeclaredSidesAreRefusedNotOverflowed() {
        #expect(throws: AulaError(id: "bom.png: 4294967295x4294967295 piksel terlalu besar (paling besar 50 megapiksel); tidak ada "
                                      + "yang disimpan.",
                                  en: "bom.png: 4294967295x4294967295 pixels is too large (at most 50 megapixels); nothing was saved.")) {
            try PaperImages.kind(of: png(0xFFFF_FFFF, 0xFFFF_FFFF), name: "bom.png")
        }
        #expect(throws: AulaError(id: "besar.jpg: terlalu besar (200 MB, paling besar 64 MB); tidak ada yang disimpan.",
                                  en: "besar.jpg: too large (200 MB, at most 64 MB); nothing was saved.")) {
            try PaperImages.kind(of: jpeg(10, 10), name: "besar.jpg", fileSize: 200 << 20)
        }
    }

    @Test func aVastImageInASmallFileIsRefused() {
        #expect(throws: AulaError(id: "bom.png: 20000x20000 piksel terlalu besar (paling besar 50 megapiksel); tidak ada yang disimpan.",
                                  en: "bom.png: 20000x20000 pixels is too large (at most 50 megapixels); nothing was saved.")) {
            try PaperImages.kind(of: png(20000, 20000), name: "bom.png")
        }
        #expect(throws: AulaError.self) { try PaperImages.kind(of: jpeg(12000, 9000), name: "x.jpg") }
        #expect(throws: AulaError.self) { try PaperImages.kind(of: png(0, 10), name: "kosong.png") }
    }
}
