#include "Badge.h"

#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"

#include <QCoreApplication>

namespace callboard {

Badge Badge::forStatus(const CallLog &call, const Theme &theme)
{
    Badge b;
    b.glyph = Labels::statusGlyph(call.group());
    b.text = Labels::status(call);
    b.fill = theme.statusColor(call.group());
    b.ink = theme.onColor(b.fill);
    return b;
}

Badge Badge::forSentiment(const CallLog &call, const Theme &theme)
{
    Badge b;
    const Sentiment shown = call.shownSentiment();
    b.glyph = Labels::sentimentGlyph(shown);
    if (shown == Sentiment::None) {
        // Live calls and calls not analysed yet: present, but quiet.
        b.text = QCoreApplication::translate("Badge", "No sentiment");
        b.fill = theme.border();
        b.ink = theme.mutedText();
        b.outlined = true;
        return b;
    }
    b.text = Labels::sentiment(call);
    b.fill = theme.sentimentColor(shown);
    b.ink = theme.onColor(b.fill);
    return b;
}

} // namespace callboard
