// Theme: the board's colours for each status and sentiment. Colour is never the only signal:
// every badge also has a glyph and a label (Labels.h). Three themes: light, dark and high
// contrast (for wall displays and low vision).
#pragma once

#include "core/model/CallLog.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

class QWidget;

namespace callboard {

class Theme final
{
public:
    enum class Kind { Light, Dark, HighContrast };

    static Theme light() { return Theme(Kind::Light); }
    static Theme dark() { return Theme(Kind::Dark); }
    static Theme highContrast() { return Theme(Kind::HighContrast); }
    static Theme fromName(const QString &name); // "light" | "dark" | "contrast"; else light
    static QString nameOf(Kind kind);

    Kind kind() const { return m_kind; }
    QPalette palette() const;
    // Text fields and combo boxes with a visible edge in every theme: Fusion draws their frame
    // from the window colour darkened, which on the high-contrast theme's black is black.
    QString fieldStyleSheet() const;
    QColor fieldBorder() const; // a control's edge: 3:1 or more against field and window
    // Tool buttons that toggle (the status filters): an edge, and "on" filled with the accent.
    QString toggleStyleSheet() const;

    QColor window() const;      // board background
    QColor card() const;        // card background
    QColor cardHover() const;
    QColor cardSelected() const;
    QColor border() const;
    QColor text() const;
    QColor mutedText() const;
    QColor accent() const;
    QColor ok() const;          // fresh, good
    QColor warning() const;     // amber: getting stale
    QColor danger() const;      // red: stale, failing

    QColor statusColor(StatusGroup group) const;
    QColor sentimentColor(Sentiment sentiment) const;
    // Text drawn on a badge of the given fill colour.
    QColor onColor(const QColor &fill) const;

private:
    explicit Theme(Kind kind) : m_kind(kind) {}
    Kind m_kind;
};

// Gives a widget (and what it draws its text with) these window and text colours.
void setWidgetColors(QWidget *widget, const QColor &background, const QColor &text);

// The font scaled by factor (point or pixel sized alike), bold or not: headings and figures.
QFont scaledFont(const QFont &font, double factor, bool bold);

} // namespace callboard
