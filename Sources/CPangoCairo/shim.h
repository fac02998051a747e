#ifndef AULA_CPANGOCAIRO_SHIM_H
#define AULA_CPANGOCAIRO_SHIM_H

/* Cairo's PDF surface, Pango for text (fonts found by fontconfig, subsets embedded), gdk-pixbuf to read PNG and
   JPEG (with their EXIF orientation), libqrencode for the check-in codes' QR symbols. */
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>
#include <pango/pangocairo.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <qrencode.h>

/* What Swift cannot import directly: macros. */
static inline int aula_pango_scale(void) { return PANGO_SCALE; }

#endif
