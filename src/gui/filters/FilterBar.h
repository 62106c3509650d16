// FilterBar: the controls that narrow the board: text search, status groups, sentiment, agent,
// campaign, end reason, duration, sort order. Charts can add a constraint (a clicked bar);
// it shows as a removable chip. Emits the whole CallFilter whenever anything changes.
#pragma once

#include "core/filter/CallFilter.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace callboard {

class CallStats;
class Directory;
class Theme;

class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)
public:
    explicit FilterBar(CallStats *stats, QWidget *parent = nullptr);

    CallFilter filter() const;
    CallSort sortOrder() const;
    // Merges a chart's constraint: the fields it sets replace the current ones.
    void applyConstraint(const CallFilter &constraint);
    // Shows exactly this filter and sort (a saved view): what the controls can show goes to
    // them, the rest (a time range, an agent the list does not hold yet) to the chart chip.
    void showFilter(const CallFilter &filter, CallSort sort);
    void clear();
    void focusSearch();
    void toggleGroup(StatusGroup group);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *agentFilter() const { return m_agent; }
    QComboBox *campaignFilter() const { return m_campaign; }
    // Agents and campaigns listed by name, sorted (not owned; null: by id).
    void setDirectory(const Directory *directory);
    // The search field's edge and colours (visible on the high-contrast theme's black too).
    void setTheme(const Theme &theme);

signals:
    void filterChanged(const callboard::CallFilter &filter);
    void sortChanged(callboard::CallSort sort);

private:
    void refillChoices();
    void emitChanged();
    // The chip's words for what m_chart holds; hidden when it holds nothing.
    void updateChartChip();
    static StatusGroup groupOfButton(int index);
    static int durationPresetCount();
    static std::pair<int, int> durationOfPreset(int index); // {min, max} seconds, -1 = open
    static void refill(QComboBox *combo, const QString &anyText, const QStringList &values,
                       const std::function<QString(const QString &)> &label);

    CallStats *m_stats;
    const Directory *m_names = nullptr;
    QLineEdit *m_search;
    QToolButton *m_groups[4];
    QComboBox *m_sentiment;
    QComboBox *m_agent;
    QComboBox *m_campaign;
    QComboBox *m_endReason;
    QComboBox *m_duration;
    QComboBox *m_sort;
    QToolButton *m_chartChip;
    QToolButton *m_clear;
    CallFilter m_chart; // what chart clicks added beyond the controls
    bool m_updating = false;
};

} // namespace callboard
