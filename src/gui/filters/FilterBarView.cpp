// FilterBar: showing a whole filter at once (a saved view) and the chart chip that holds what
// the controls cannot show.
#include "FilterBar.h"

#include "core/directory/Directory.h"
#include "gui/theme/Labels.h"
#include "gui/widgets/PlainToolTip.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace callboard {

void FilterBar::showFilter(const CallFilter &f, CallSort sort)
{
    m_updating = true;
    m_chart = {};
    m_search->setText(f.text);
    quint32 shownGroups = 0;
    for (int i = 0; i < 4; ++i) {
        const quint32 bit = CallFilter::bit(groupOfButton(i));
        m_groups[i]->setChecked(f.groups & bit);
        shownGroups |= bit;
    }
    m_chart.groups = f.groups & ~shownGroups; // "other" has no button
    // One sentiment the combo lists goes there; several (or one it does not list) to the chip.
    m_sentiment->setCurrentIndex(0); // "Sentiment": any
    for (int i = 1; i < m_sentiment->count() && f.sentiments; ++i)
        if (f.sentiments == (1u << m_sentiment->itemData(i).toInt()))
            m_sentiment->setCurrentIndex(i);
    if (f.sentiments && m_sentiment->currentIndex() == 0)
        m_chart.sentiments = f.sentiments;
    // An id the combo lists is chosen there; one it does not list (yet: the store may still be
    // loading) filters as the chart's, shown on the chip.
    auto choose = [](QComboBox *combo, const QStringList &ids, QStringList *chart) {
        const int at = ids.size() == 1 ? combo->findData(ids.first()) : -1;
        combo->setCurrentIndex(at > 0 ? at : 0);
        if (at <= 0)
            *chart = ids;
    };
    choose(m_agent, f.agentIds, &m_chart.agentIds);
    choose(m_campaign, f.campaignIds, &m_chart.campaignIds);
    choose(m_endReason, f.endReasons, &m_chart.endReasons);
    m_duration->setCurrentIndex(0);
    if (f.minDurationSec >= 0 || f.maxDurationSec >= 0) {
        m_chart.minDurationSec = f.minDurationSec;
        m_chart.maxDurationSec = f.maxDurationSec;
        for (int i = 1; i < durationPresetCount(); ++i)
            if (durationOfPreset(i) == std::pair(f.minDurationSec, f.maxDurationSec)) {
                m_duration->setCurrentIndex(i);
                m_chart.minDurationSec = m_chart.maxDurationSec = -1;
            }
    }
    m_chart.createdFromMs = f.createdFromMs;
    m_chart.createdToMs = f.createdToMs;
    updateChartChip();
    m_updating = false;
    const int sortAt = m_sort->findData(int(sort));
    m_sort->setCurrentIndex(sortAt < 0 ? 0 : sortAt); // says sortChanged() when it changes
    emitChanged();
}

void FilterBar::updateChartChip()
{
    QStringList parts;
    for (StatusGroup g : {StatusGroup::Live, StatusGroup::Connected, StatusGroup::NotReached,
                          StatusGroup::Failed, StatusGroup::Other})
        if (m_chart.groups & CallFilter::bit(g))
            parts << Labels::statusGroup(g);
    for (Sentiment s : {Sentiment::Positive, Sentiment::Neutral, Sentiment::Negative, Sentiment::Unknown,
                        Sentiment::None, Sentiment::Other})
        if (m_chart.sentiments & CallFilter::bit(s)) {
            CallLog probe;
            probe.sentiment = s;
            parts << tr("sentiment %1").arg(Labels::sentiment(probe));
        }
    if (m_chart.minDurationSec >= 0 || m_chart.maxDurationSec >= 0)
        parts << tr("duration %1–%2").arg(Labels::duration(qMax(0, m_chart.minDurationSec)),
                                          m_chart.maxDurationSec < 0 ? QStringLiteral("∞")
                                                                     : Labels::duration(m_chart.maxDurationSec));
    if (m_chart.createdFromMs >= 0 || m_chart.createdToMs >= 0) {
        const QLocale locale;
        auto at = [&locale](qint64 ms) {
            return ms < 0 ? QStringLiteral("…")
                          : locale.toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
        };
        parts << tr("from %1 to %2").arg(at(m_chart.createdFromMs), at(m_chart.createdToMs));
    }
    for (const QString &id : std::as_const(m_chart.agentIds))
        parts << (m_names ? m_names->agentName(id) : id);
    for (const QString &id : std::as_const(m_chart.campaignIds))
        parts << (m_names ? m_names->campaignName(id) : id);
    for (const QString &reason : std::as_const(m_chart.endReasons))
        parts << Labels::endReason(reason);
    // A long selection (names, a time range) gives way with "…"; the whole of it is in the
    // tooltip and is what a screen reader hears.
    const QString whole = parts.join(QStringLiteral(", "));
    const QString shown = m_chartChip->fontMetrics().elidedText(whole, Qt::ElideRight, 360);
    m_chartChip->setText(shown + QStringLiteral("  ✕"));
    m_chartChip->setToolTip(plainToolTip(tr("Chart selection: %1 — click to remove").arg(whole)));
    m_chartChip->setAccessibleDescription(whole);
    m_chartChip->setVisible(!parts.isEmpty());
}

} // namespace callboard
