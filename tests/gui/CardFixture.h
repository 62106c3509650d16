// CardFixture: what the call-card tests share: calls with every field a card shows, a card
// rendered into an image around a colour no theme uses, and reading pixels and regions back.
#pragma once

#include "core/model/CallStore.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"
#include "gui/cards/BadgePainter.h"
#include "gui/cards/CallCardDelegate.h"
#include "gui/cards/CallCardView.h"
#include "gui/models/CardContent.h"
#include "gui/cards/CardMetrics.h"
#include "gui/models/CallListModel.h"
#include "gui/theme/Theme.h"

#include "CallBuilder.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QSet>
#include <QTest>
#include <QTimeZone>

namespace callboard::cardtest {
inline const QDateTime kNow = utcDateTime(QDate(2026, 11, 28), QTime(12, 0));

inline CallLog makeCall(const QString &id, const QString &status, const QString &sentiment = {})
{
    const bool live = isLive(statusFromString(status));
    return test::CallBuilder(id)
        .agent(QStringLiteral("agent_") + id)
        .campaign(QStringLiteral("spring_renewals"))
        .status(status)
        .sentiment(sentiment)
        .duration(live ? -1 : 125)
        .createdAt(kNow.toMSecsSinceEpoch() - 65'000)
        .direction(QStringLiteral("outbound"))
        .toNumber(QStringLiteral("+14155550123"))
        .endReason(live ? QString() : QStringLiteral("user_disconnected"));
}

inline AnalysisField field(const QString &key, AnalysisValue::Type type, const QVariant &v,
                           const QString &text)
{
    return {key, {type, v, text}};
}

inline QStyleOptionViewItem option(const QRect &rect, QStyle::State state = QStyle::State_Enabled)
{
    QStyleOptionViewItem opt;
    opt.rect = rect;
    opt.font = QApplication::font();
    opt.state = state;
    return opt;
}

inline const QColor kOutside(1, 2, 3); // a colour no theme uses, around the card

inline QImage render(const CallCardDelegate &d, const QModelIndex &index, const QRect &card,
                     const QSize &canvas, qreal dpr = 1.0, QStyle::State state = QStyle::State_Enabled)
{
    QImage img(canvas * dpr, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(kOutside);
    QPainter p(&img);
    d.paint(&p, option(card, state), index);
    return img;
}

inline QColor at(const QImage &img, const QPoint &logical)
{
    const qreal dpr = img.devicePixelRatio();
    return img.pixelColor(qRound(logical.x() * dpr), qRound(logical.y() * dpr));
}

// A point inside the badge's pill but left of its glyph: the fill colour.
inline QPoint fillPoint(const QRect &badge)
{
    return {badge.left() + 3, badge.center().y()};
}

inline QByteArray region(const QImage &img, const QRect &logical)
{
    const qreal dpr = img.devicePixelRatio();
    const QImage part = img.copy(QRect((logical.topLeft() * dpr), logical.size() * dpr));
    return QByteArray(reinterpret_cast<const char *>(part.constBits()), int(part.sizeInBytes()));
}

// A CallStore and its CallListModel on a ManualClock at kNow, in the light theme; add() puts
// a call in and gives its index.
class CardFixture
{
protected:
    ManualClock m_clock{kNow};
    Theme m_theme = Theme::light();
    CallStore m_store;
    CallListModel m_model{&m_store};

    QModelIndex add(const CallLog &call)
    {
        m_store.apply({call});
        return m_model.index(m_store.rowOf(call.id));
    }
};

} // namespace callboard::cardtest
