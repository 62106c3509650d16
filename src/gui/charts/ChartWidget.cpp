#include "ChartWidget.h"

#include "ChartStyle.h"
#include "core/stats/CallStats.h"
#include "gui/theme/Theme.h"
#include "gui/widgets/ElidedLabel.h"
#include "gui/widgets/RefreshThrottle.h"

#include <QVBoxLayout>

namespace callboard {

ChartWidget::ChartWidget(CallStats *stats, const Theme *theme, const QString &accessibleName, QWidget *parent)
    : QFrame(parent), m_stats(stats), m_theme(theme), m_throttle(new RefreshThrottle([this] { refresh(); }, this))
{
    setAccessibleName(accessibleName);
    connect(m_stats, &CallStats::changed, m_throttle, &RefreshThrottle::request);
}

void ChartWidget::setTheme(const Theme *theme)
{
    m_theme = theme;
    ChartStyle::applyToFrame(this, *theme);
    applyTheme(*theme);
    refresh();
}

ElidedLabel *ChartWidget::createTitle(const QString &title, const QString &shortTitle)
{
    ElidedLabel *label = ChartStyle::createTitle(title, this);
    label->setShortText(shortTitle);
    return label;
}

void ChartWidget::setTitledContent(const QString &title, const QString &shortTitle, QWidget *content)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kMargins);
    layout->setSpacing(2);
    layout->addWidget(createTitle(title, shortTitle));
    layout->addWidget(content, 1);
}

void ChartWidget::requestRefresh()
{
    m_throttle->request();
}

} // namespace callboard
