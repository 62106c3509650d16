#include "FilterBar.h"

#include "core/directory/Directory.h"
#include "core/stats/CallStats.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"
#include "gui/widgets/FlowLayout.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QToolButton>

#include <algorithm>
#include <iterator>

namespace callboard {

namespace {
constexpr StatusGroup kGroups[4] = {StatusGroup::Live, StatusGroup::Connected,
                                    StatusGroup::NotReached, StatusGroup::Failed};
struct DurationPreset
{
    const char *label;
    int min;
    int max;
};
const DurationPreset kDurations[] = {
    {QT_TRANSLATE_NOOP("callboard::FilterBar", "Duration"), -1, -1},
    {QT_TRANSLATE_NOOP("callboard::FilterBar", "Under 30 s"), 0, 29},
    {QT_TRANSLATE_NOOP("callboard::FilterBar", "30 s – 2 min"), 30, 119},
    {QT_TRANSLATE_NOOP("callboard::FilterBar", "2 – 5 min"), 120, 299},
    {QT_TRANSLATE_NOOP("callboard::FilterBar", "Over 5 min"), 300, -1},
};
// Typing in the combo narrows its list to the entries that contain what was typed; text that
// names no entry goes back to the chosen one.
void makeSearchable(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
        const int at = combo->findText(combo->currentText(), Qt::MatchFixedString);
        if (at >= 0 && at != combo->currentIndex())
            combo->setCurrentIndex(at);
        else
            combo->setEditText(combo->itemText(combo->currentIndex()));
    });
}
} // namespace

FilterBar::FilterBar(CallStats *stats, QWidget *parent)
    : QWidget(parent), m_stats(stats), m_search(new QLineEdit(this)),
      m_sentiment(new QComboBox(this)), m_agent(new QComboBox(this)),
      m_campaign(new QComboBox(this)), m_endReason(new QComboBox(this)),
      m_duration(new QComboBox(this)), m_sort(new QComboBox(this)),
      m_chartChip(new QToolButton(this)), m_clear(new QToolButton(this))
{
    // The bar wraps onto a second line rather than widen the window past a laptop's screen.
    auto *layout = new FlowLayout(this, 4);
    layout->setContentsMargins(8, 4, 8, 4);

    m_search->setPlaceholderText(tr("Search names, ids, numbers, analysis… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search calls"));
    // Wide enough to read its placeholder; the bar wraps around it.
    m_search->setMinimumWidth(qMin(380, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40));
    layout->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitChanged);

    for (int i = 0; i < 4; ++i) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setText(Labels::statusGlyph(kGroups[i]) + QLatin1Char(' ') + Labels::statusGroup(kGroups[i]));
        b->setToolTip(tr("Show only %1 calls (Alt+%2)").arg(Labels::statusGroup(kGroups[i])).arg(i + 1));
        b->setAccessibleName(tr("Filter: %1").arg(Labels::statusGroup(kGroups[i])));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(b, &QToolButton::toggled, this, &FilterBar::emitChanged);
        m_groups[i] = b;
        layout->addWidget(b);
    }

    m_sentiment->addItem(tr("Sentiment"), -1);
    for (Sentiment s : {Sentiment::Positive, Sentiment::Neutral, Sentiment::Negative, Sentiment::Unknown})
        m_sentiment->addItem(Labels::sentimentGlyph(s) + QLatin1Char(' ') + Labels::sentimentName(s), int(s));
    m_sentiment->setAccessibleName(tr("Sentiment filter"));
    for (const DurationPreset &d : kDurations)
        m_duration->addItem(tr(d.label));
    m_duration->setAccessibleName(tr("Duration filter"));
    m_sort->addItem(tr("Newest first"), int(CallSort::Newest));
    m_sort->addItem(tr("Longest first"), int(CallSort::Longest));
    m_sort->addItem(tr("By status"), int(CallSort::Status));
    m_sort->setAccessibleName(tr("Sort order"));
    m_agent->setAccessibleName(tr("Agent filter"));
    m_campaign->setAccessibleName(tr("Campaign filter"));
    makeSearchable(m_agent);
    makeSearchable(m_campaign);
    m_endReason->setAccessibleName(tr("End reason filter"));
    for (QComboBox *c : {m_sentiment, m_agent, m_campaign, m_endReason, m_duration}) {
        // Long ids must not make the window wider than a laptop screen: show ~12 characters
        // and the whole value in the popup.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
        layout->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    }
    layout->addWidget(m_sort);
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { emit sortChanged(sortOrder()); });

    m_chartChip->setVisible(false);
    m_chartChip->setAccessibleName(tr("Remove the chart selection"));
    connect(m_chartChip, &QToolButton::clicked, this, [this] {
        m_chart = {};
        m_chartChip->setVisible(false);
        emitChanged();
    });
    layout->addWidget(m_chartChip);
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    layout->addWidget(m_clear);

    // Tab goes in the order the bar reads (the toggles were made after the combos).
    QWidget *previous = m_search;
    for (QWidget *next : std::initializer_list<QWidget *>{m_groups[0], m_groups[1], m_groups[2], m_groups[3],
                                                          m_sentiment, m_agent, m_campaign, m_endReason,
                                                          m_duration, m_sort, m_chartChip, m_clear}) {
        setTabOrder(previous, next);
        previous = next;
    }

    refill(m_agent, tr("Agent"), {}, {});
    refill(m_campaign, tr("Campaign"), {}, {});
    refill(m_endReason, tr("End reason"), {}, {});
    connect(stats, &CallStats::changed, this, &FilterBar::refillChoices);
    refillChoices();
}

void FilterBar::refill(QComboBox *combo, const QString &anyText, const QStringList &values,
                       const std::function<QString(const QString &)> &label)
{
    QStringList current, currentLabels, labels;
    for (int i = 1; i < combo->count(); ++i) {
        current << combo->itemData(i).toString();
        currentLabels << combo->itemText(i);
    }
    for (const QString &v : values)
        labels << (label ? label(v) : v);
    if (combo->count() > 0 && current == values && currentLabels == labels)
        return; // nothing new: keep the popup and selection untouched
    const QString selected = combo->currentData().toString();
    {
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(anyText, QString());
        for (int i = 0; i < values.size(); ++i)
            combo->addItem(labels.at(i), values.at(i));
        const int at = combo->findData(selected);
        combo->setCurrentIndex(at < 0 ? 0 : at);
    }
    // The chosen value is gone (a cleared store, another workspace): the filter must follow
    // what the combo now shows.
    if (!selected.isEmpty() && combo->currentIndex() == 0)
        emit combo->currentIndexChanged(0);
}

void FilterBar::refillChoices()
{
    // By the name a supervisor reads, sorted as their language sorts.
    const Directory *names = m_names;
    const auto agentName = [names](const QString &id) { return names ? names->agentName(id) : id; };
    const auto campaignName = [names](const QString &id) { return names ? names->campaignName(id) : id; };
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    auto byName = [&collator](QStringList ids, const std::function<QString(const QString &)> &name) {
        std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
            const int c = collator.compare(name(a), name(b));
            return c != 0 ? c < 0 : a < b;
        });
        return ids;
    };
    QStringList agents = m_stats->agents().keys();
    agents.removeAll(QString());
    agents = byName(agents, agentName);
    const QStringList campaigns = byName(m_stats->campaignCounts().keys(), campaignName);
    QStringList reasons;
    for (const auto &r : m_stats->topFailingEndReasons(50))
        reasons << r.first;
    for (const char *r : {"agent_disconnected", "user_disconnected"})
        if (!reasons.contains(QLatin1String(r)))
            reasons << QLatin1String(r);
    reasons.sort();
    refill(m_agent, tr("Agent"), agents, agentName);
    refill(m_campaign, tr("Campaign"), campaigns, campaignName);
    refill(m_endReason, tr("End reason"), reasons, [](const QString &r) { return Labels::endReason(r); });
}

CallFilter FilterBar::filter() const
{
    CallFilter f = m_chart;
    f.text = m_search->text();
    for (int i = 0; i < 4; ++i)
        if (m_groups[i]->isChecked())
            f.groups |= CallFilter::bit(kGroups[i]);
    if (m_sentiment->currentData().toInt() >= 0)
        f.sentiments |= 1u << m_sentiment->currentData().toInt();
    if (!m_agent->currentData().toString().isEmpty())
        f.agentIds = QStringList{m_agent->currentData().toString()};
    if (!m_campaign->currentData().toString().isEmpty())
        f.campaignIds = QStringList{m_campaign->currentData().toString()};
    if (!m_endReason->currentData().toString().isEmpty())
        f.endReasons = QStringList{m_endReason->currentData().toString()};
    const DurationPreset &d = kDurations[qBound(0, m_duration->currentIndex(), 4)];
    if (d.min >= 0 || d.max >= 0) {
        f.minDurationSec = d.min;
        f.maxDurationSec = d.max;
    }
    return f;
}

CallSort FilterBar::sortOrder() const { return CallSort(m_sort->currentData().toInt()); }

StatusGroup FilterBar::groupOfButton(int index) { return kGroups[qBound(0, index, 3)]; }

int FilterBar::durationPresetCount() { return int(std::size(kDurations)); }

std::pair<int, int> FilterBar::durationOfPreset(int index)
{
    const DurationPreset &d = kDurations[qBound(0, index, durationPresetCount() - 1)];
    return {d.min, d.max};
}

void FilterBar::emitChanged()
{
    if (!m_updating)
        emit filterChanged(filter());
}

void FilterBar::applyConstraint(const CallFilter &c)
{
    m_updating = true;
    // Fields the controls can show go to the controls; the rest becomes the chart chip.
    if (c.groups) {
        for (int i = 0; i < 4; ++i)
            m_groups[i]->setChecked(c.groups & CallFilter::bit(kGroups[i]));
    }
    if (c.sentiments) {
        for (int i = 1; i < m_sentiment->count(); ++i)
            if (c.sentiments == (1u << m_sentiment->itemData(i).toInt()))
                m_sentiment->setCurrentIndex(i);
    }
    // An id the combo lists is chosen there; one it does not (yet) stays as the chart's.
    auto choose = [](QComboBox *combo, const QStringList &ids, QStringList *chart) {
        if (ids.isEmpty())
            return;
        const int at = combo->findData(ids.first());
        if (at >= 0)
            combo->setCurrentIndex(at);
        else
            *chart = ids;
    };
    choose(m_agent, c.agentIds, &m_chart.agentIds);
    choose(m_campaign, c.campaignIds, &m_chart.campaignIds);
    if (c.minDurationSec >= 0 || c.maxDurationSec >= 0) {
        m_duration->setCurrentIndex(0);
        m_chart.minDurationSec = c.minDurationSec;
        m_chart.maxDurationSec = c.maxDurationSec;
    }
    if (c.createdFromMs >= 0 || c.createdToMs >= 0) {
        m_chart.createdFromMs = c.createdFromMs;
        m_chart.createdToMs = c.createdToMs;
    }
    updateChartChip();
    m_updating = false;
    emitChanged();
}

void FilterBar::setTheme(const Theme &theme)
{
    // The search field, every combo and the toggles: an edge in every theme, "on" in colour.
    setStyleSheet(theme.fieldStyleSheet() + theme.toggleStyleSheet());
}

void FilterBar::setDirectory(const Directory *directory)
{
    m_names = directory;
    if (directory)
        connect(directory, &Directory::changed, this, &FilterBar::refillChoices);
    refillChoices();
}

void FilterBar::clear()
{
    m_updating = true;
    m_search->clear();
    for (QToolButton *b : m_groups)
        b->setChecked(false);
    for (QComboBox *c : {m_sentiment, m_agent, m_campaign, m_endReason, m_duration})
        c->setCurrentIndex(0);
    m_chart = {};
    m_chartChip->setVisible(false);
    m_updating = false;
    emitChanged();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::toggleGroup(StatusGroup group)
{
    for (int i = 0; i < 4; ++i)
        if (kGroups[i] == group)
            m_groups[i]->toggle();
}

} // namespace callboard
