// Badge: what one status or sentiment pill shows. A badge always carries a glyph and a word
// beside its colour, so it reads the same for someone who cannot tell red from green.
#pragma once

#include <QColor>
#include <QString>

namespace callboard {

class Theme;
struct CallLog;

struct Badge
{
    QString glyph;
    QString text;
    QColor fill;
    QColor ink;            // text and glyph colour, Theme::onColor(fill) for filled badges
    bool outlined = false; // a quiet outline instead of a fill (no sentiment yet)

    static Badge forStatus(const CallLog &call, const Theme &theme);
    static Badge forSentiment(const CallLog &call, const Theme &theme);
};

} // namespace callboard
