#include "Theme.h"

#include <QWidget>

#include <cmath>

namespace callboard {

Theme Theme::fromName(const QString &name)
{
    if (name == QLatin1String("dark"))
        return dark();
    if (name == QLatin1String("contrast") || name == QLatin1String("high-contrast"))
        return highContrast();
    return light();
}

QString Theme::nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return QStringLiteral("light");
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::HighContrast:
        return QStringLiteral("contrast");
    }
    return QStringLiteral("light");
}

namespace {
QColor pick(Theme::Kind k, const char *light, const char *dark, const char *contrast)
{
    switch (k) {
    case Theme::Kind::Light:
        return QColor(QLatin1String(light));
    case Theme::Kind::Dark:
        return QColor(QLatin1String(dark));
    case Theme::Kind::HighContrast:
        return QColor(QLatin1String(contrast));
    }
    return QColor(QLatin1String(light));
}
} // namespace

QColor Theme::window() const { return pick(m_kind, "#eef1f5", "#15191f", "#000000"); }
QColor Theme::card() const { return pick(m_kind, "#ffffff", "#1f252d", "#000000"); }
QColor Theme::cardHover() const { return pick(m_kind, "#f5f8fc", "#262d37", "#1a1a1a"); }
QColor Theme::cardSelected() const { return pick(m_kind, "#e3eefc", "#253449", "#002b5c"); }
QColor Theme::border() const { return pick(m_kind, "#d5dbe3", "#323a45", "#ffffff"); }
QColor Theme::text() const { return pick(m_kind, "#1c2430", "#e6eaf0", "#ffffff"); }
QColor Theme::mutedText() const { return pick(m_kind, "#5d6878", "#9aa5b4", "#e0e0e0"); }
QColor Theme::accent() const { return pick(m_kind, "#2563c9", "#6aa4ff", "#ffff00"); }
QColor Theme::ok() const { return pick(m_kind, "#1e7d45", "#4cc38a", "#00ff66"); }
QColor Theme::warning() const { return pick(m_kind, "#b76a00", "#f0a830", "#ffb000"); }
QColor Theme::danger() const { return pick(m_kind, "#c62828", "#ff6b6b", "#ff4040"); }

QColor Theme::statusColor(StatusGroup group) const
{
    switch (group) {
    case StatusGroup::Live:
        return pick(m_kind, "#2563c9", "#5b9dff", "#00c8ff");
    case StatusGroup::Connected:
        return pick(m_kind, "#1e7d45", "#3fb57a", "#00ff66");
    case StatusGroup::NotReached:
        return pick(m_kind, "#8a6d00", "#d9b44a", "#ffd700");
    case StatusGroup::Failed: // a badge fill: white text on it must stay readable (>= 4.5:1)
        return pick(m_kind, "#c62828", "#c93a3a", "#ff4040");
    case StatusGroup::Other:
        break;
    }
    return pick(m_kind, "#6b7280", "#9aa5b4", "#ffffff");
}

QColor Theme::sentimentColor(Sentiment s) const
{
    switch (s) {
    case Sentiment::Positive:
        return pick(m_kind, "#1e7d45", "#3fb57a", "#00ff66");
    case Sentiment::Neutral:
        return pick(m_kind, "#5d6878", "#9aa5b4", "#e0e0e0");
    case Sentiment::Negative:
        return pick(m_kind, "#c62828", "#c93a3a", "#ff4040");
    default:
        break;
    }
    return pick(m_kind, "#9aa3af", "#6b7685", "#bdbdbd");
}

QColor Theme::onColor(const QColor &fill) const
{
    // Black or white, whichever has the higher WCAG contrast ratio against the fill.
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double l = 0.2126 * channel(fill.redF()) + 0.7152 * channel(fill.greenF())
                     + 0.0722 * channel(fill.blueF());
    const double withWhite = 1.05 / (l + 0.05);
    const double withBlack = (l + 0.05) / 0.05;
    return withBlack > withWhite ? QColor(Qt::black) : QColor(Qt::white);
}

void setWidgetColors(QWidget *widget, const QColor &background, const QColor &text)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    widget->setPalette(p);
}

QFont scaledFont(const QFont &font, double factor, bool bold)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else if (f.pixelSize() > 0)
        f.setPixelSize(qRound(f.pixelSize() * factor));
    f.setBold(bold);
    return f;
}

QString Theme::fieldStyleSheet() const
{
    // The line edit inside an editable combo (Agent, Campaign) takes the combo's edge, not a
    // second one of its own.
    return QStringLiteral("QLineEdit { border: 1px solid %1; border-radius: 4px; padding: 3px 6px;"
                          " background: %2; color: %3; }"
                          "QLineEdit:focus { border: 2px solid %4; padding: 2px 5px; }"
                          "QComboBox { border: 1px solid %1; border-radius: 4px; padding: 2px 6px;"
                          " background: %2; color: %3; }"
                          "QComboBox:focus { border: 2px solid %4; padding: 1px 5px; }"
                          "QComboBox QLineEdit, QComboBox QLineEdit:focus { border: none; padding: 0px;"
                          " background: transparent; }")
        .arg(fieldBorder().name(), card().name(), text().name(), accent().name());
}

QString Theme::toggleStyleSheet() const
{
    // A toggle that is on is filled with the accent: Fusion's "on" was a shade of grey
    // (#e8e8e8 on white; darker than "off" on the dark theme; none at all on black).
    return QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 4px; padding: 2px 7px;"
                          " background: %2; color: %3; }"
                          "QToolButton:hover { background: %4; }"
                          "QToolButton:checked { background: %5; color: %6; border-color: %5; }"
                          "QToolButton:focus { border: 2px solid %5; padding: 1px 6px; }"
                          "QToolButton:checked:focus { border-color: %3; }")
        .arg(fieldBorder().name(), card().name(), text().name(), cardHover().name(), accent().name(),
             onColor(accent()).name());
}

QColor Theme::fieldBorder() const
{
    // At least 3:1 against the field and the window (WCAG 1.4.11): the card border is too
    // faint for a control on the light and dark themes.
    return pick(m_kind, "#7a8594", "#8793a3", "#ffffff");
}

QPalette Theme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, window());
    p.setColor(QPalette::WindowText, text());
    p.setColor(QPalette::Base, card());
    p.setColor(QPalette::AlternateBase, cardHover());
    p.setColor(QPalette::Text, text());
    p.setColor(QPalette::PlaceholderText, mutedText());
    p.setColor(QPalette::Button, card());
    p.setColor(QPalette::ButtonText, text());
    p.setColor(QPalette::Highlight, accent());
    p.setColor(QPalette::HighlightedText, onColor(accent()));
    p.setColor(QPalette::ToolTipBase, card());
    p.setColor(QPalette::ToolTipText, text());
    p.setColor(QPalette::Link, accent());
    p.setColor(QPalette::Mid, border());
    p.setColor(QPalette::Disabled, QPalette::Text, mutedText());
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mutedText());
    p.setColor(QPalette::Disabled, QPalette::WindowText, mutedText());
    return p;
}

} // namespace callboard
