// plainToolTip: a tooltip that shows text exactly as given. Qt renders a tooltip as rich text
// when it looks like HTML, so server text (names, ids, end reasons) is escaped and wrapped.
#pragma once

#include <QString>

namespace callboard {

inline QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<qt>%1</qt>").arg(text.toHtmlEscaped());
}

} // namespace callboard
