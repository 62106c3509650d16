#include "Workspace.h"

#include "core/settings/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace callboard {

namespace {
const QString kDefaultNameKey = QStringLiteral("workspaces/defaultName");
const QString kDefaultColourKey = QStringLiteral("workspaces/defaultColour");
const QString kNameKey = QStringLiteral("name");
const QString kColourKey = QStringLiteral("colour");

QString tr(const char *text)
{
    return QCoreApplication::translate("Workspaces", text);
}

bool isColour(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return hex.match(text).hasMatch();
}

QString slugOf(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("workspace") : slug.left(32);
}
} // namespace

QString Workspace::settingsGroup() const
{
    return id.isEmpty() ? QString() : QLatin1String(Workspaces::kGroupPrefix) + id;
}

QString Workspace::keychainSuffix() const
{
    return id.isEmpty() ? QString() : QLatin1Char('/') + id;
}

QString Workspace::keyVariable() const
{
    if (id.isEmpty())
        return QStringLiteral("CALLBOARD_API_KEY");
    QString suffix;
    for (const QChar c : name.toUpper())
        suffix += (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ? c : QLatin1Char('_');
    return QStringLiteral("CALLBOARD_API_KEY_") + suffix;
}

QStringList Workspace::keyVariables() const
{
    if (id.isEmpty())
        return {keyVariable()};
    Workspace byId = *this;
    byId.name = id;
    QStringList both{keyVariable(), byId.keyVariable()};
    both.removeDuplicates();
    return both;
}

QString Workspace::keychainAccount(const QUrl &baseUrl) const
{
    return KeychainSecretStore::accountFor(baseUrl) + keychainSuffix();
}

namespace Workspaces {

QString paletteColour(int n)
{
    // Distinct for the colour-blind too (Okabe–Ito), readable as a stripe on light and dark.
    static const char *const palette[] = {"#0072b2", "#e69f00", "#009e73", "#cc79a7",
                                          "#d55e00", "#56b4e9", "#8a7a00", "#6a3d9a"};
    return QLatin1String(palette[qAbs(n) % int(std::size(palette))]);
}

QList<Workspace> read(const QSettings &settings, QStringList *warnings)
{
    QList<Workspace> list;
    Workspace main;
    main.name = settings.value(kDefaultNameKey).toString().trimmed().left(kMaxNameLength);
    if (main.name.isEmpty())
        main.name = tr("Main");
    main.colour = settings.value(kDefaultColourKey).toString().trimmed();
    if (!isColour(main.colour))
        main.colour = paletteColour(0);
    list << main;
    QStringList groups;
    for (const QString &group : settings.childGroups())
        if (group.startsWith(QLatin1String(kGroupPrefix)) && group.size() > int(qstrlen(kGroupPrefix)))
            groups << group;
    groups.sort();
    for (const QString &group : std::as_const(groups)) {
        Workspace w;
        w.id = group.mid(int(qstrlen(kGroupPrefix)));
        const QString name = settings.value(group + QLatin1Char('/') + kNameKey).toString().trimmed();
        const QString problem = nameProblem(list, name.isEmpty() ? w.id : name);
        if (!problem.isEmpty()) {
            if (warnings)
                *warnings << tr("workspace [%1] is left out: %2").arg(group, problem);
            continue;
        }
        w.name = name.isEmpty() ? w.id : name;
        w.colour = settings.value(group + QLatin1Char('/') + kColourKey).toString().trimmed();
        if (!isColour(w.colour))
            w.colour = paletteColour(int(list.size()));
        list << w;
    }
    return list;
}

std::optional<Workspace> find(const QList<Workspace> &list, const QString &nameOrId)
{
    const QString wanted = nameOrId.trimmed();
    for (const Workspace &w : list)
        if (w.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return w;
    for (const Workspace &w : list)
        if (!w.id.isEmpty() && w.id.compare(wanted, Qt::CaseInsensitive) == 0)
            return w;
    return std::nullopt;
}

QString nameProblem(const QList<Workspace> &list, const QString &name, const QString &except)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("a workspace needs a name");
    if (trimmed.size() > kMaxNameLength)
        return tr("a workspace name has at most %1 characters").arg(kMaxNameLength);
    Workspace candidate;
    candidate.id = QStringLiteral("-");
    candidate.name = trimmed;
    for (const Workspace &w : list) {
        if (!except.isNull() && w.id == except)
            continue;
        if (w.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("there is already a workspace named “%1”").arg(w.name);
        if (!w.isDefault() && w.keyVariable() == candidate.keyVariable())
            return tr("“%1” and “%2” would share the key variable %3")
                .arg(trimmed, w.name, candidate.keyVariable());
    }
    return {};
}

std::optional<Workspace> add(QSettings &settings, const QString &name, const QUrl &baseUrl, QString *error)
{
    const QList<Workspace> list = read(settings);
    const QString problem = nameProblem(list, name);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    Workspace w;
    w.name = name.trimmed();
    const QString slug = slugOf(w.name);
    w.id = slug;
    const QStringList groups = settings.childGroups();
    for (int n = 2; groups.contains(w.settingsGroup()); ++n)
        w.id = slug + QLatin1Char('-') + QString::number(n);
    w.colour = paletteColour(int(list.size()));
    settings.setValue(w.settingsGroup() + QLatin1Char('/') + kNameKey, w.name);
    settings.setValue(w.settingsGroup() + QLatin1Char('/') + kColourKey, w.colour);
    if (baseUrl.isValid() && !baseUrl.isEmpty())
        settings.setValue(w.settingsGroup() + QStringLiteral("/connection/baseUrl"),
                          baseUrl.toString(QUrl::StripTrailingSlash));
    return w;
}

bool rename(QSettings &settings, const QString &id, const QString &name, QString *error)
{
    const QString problem = nameProblem(read(settings), name, id);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    Workspace w;
    w.id = id;
    settings.setValue(id.isEmpty() ? kDefaultNameKey : w.settingsGroup() + QLatin1Char('/') + kNameKey,
                      name.trimmed());
    return true;
}

void setColour(QSettings &settings, const QString &id, const QString &colour)
{
    if (!isColour(colour))
        return;
    Workspace w;
    w.id = id;
    settings.setValue(id.isEmpty() ? kDefaultColourKey : w.settingsGroup() + QLatin1Char('/') + kColourKey,
                      colour);
}

bool remove(QSettings &settings, const QString &id)
{
    if (id.isEmpty())
        return false;
    Workspace w;
    w.id = id;
    if (!settings.childGroups().contains(w.settingsGroup()))
        return false;
    settings.remove(w.settingsGroup());
    return true;
}

} // namespace Workspaces
} // namespace callboard
