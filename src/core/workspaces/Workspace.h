// Workspace: one DialNexa workspace the app watches, with its own API key, base URL, cache and
// alert rules. The default workspace is the one Callboard always had: its settings are the
// file's top level ([connection], [alerts]), its key the keychain entry for the API host or
// CALLBOARD_API_KEY. Every other workspace is a group [workspace.<id>] holding name, colour
// and its own connection/ and alerts/ keys; its key is a keychain entry of its own or
// CALLBOARD_API_KEY_<NAME>. The id is fixed when the workspace is made (renaming keeps its key
// and cache); the name is what people see and type (--workspace NAME, case-insensitive).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

namespace callboard {

struct Workspace
{
    QString id;     // empty: the default workspace
    QString name;
    QString colour; // "#rrggbb"

    bool isDefault() const { return id.isEmpty(); }
    // The settings group its connection/ and alerts/ keys live in; empty for the default.
    QString settingsGroup() const;
    // CALLBOARD_API_KEY for the default; CALLBOARD_API_KEY_<NAME> (upper case, every character
    // other than A-Z and 0-9 an underscore) for the others.
    QString keyVariable() const;
    // keyVariable(), then the one its id gives (CALLBOARD_API_KEY_<ID>): a rename keeps that.
    QStringList keyVariables() const;
    // The keychain entry: the API host for the default (as before workspaces), "host/<id>"
    // for the others.
    QString keychainAccount(const QUrl &baseUrl) const;
    QString keychainSuffix() const; // "" or "/<id>" (KeychainSecretStore::setAccountSuffix)
};

namespace Workspaces {

inline constexpr const char *kGroupPrefix = "workspace.";
inline constexpr int kMaxNameLength = 40;

// The default workspace first, then the groups in the order of their ids. Unreadable groups
// (no name, a name taken twice) are skipped with a sentence in *warnings.
QList<Workspace> read(const QSettings &settings, QStringList *warnings = nullptr);
// The one whose name (case-insensitive) or id is nameOrId.
std::optional<Workspace> find(const QList<Workspace> &list, const QString &nameOrId);
// Why name cannot be used for a new or renamed workspace (empty, too long, taken, or its key
// variable taken by another); empty when it can. except: the id being renamed.
QString nameProblem(const QList<Workspace> &list, const QString &name, const QString &except = {});
// Adds a workspace group and returns it; nullopt with *error when the name cannot be used.
std::optional<Workspace> add(QSettings &settings, const QString &name, const QUrl &baseUrl,
                             QString *error = nullptr);
bool rename(QSettings &settings, const QString &id, const QString &name, QString *error = nullptr);
void setColour(QSettings &settings, const QString &id, const QString &colour);
// Removes a workspace's group (the default cannot be removed). Its key and cache are the
// caller's to delete: they need the keychain and the cache directory.
bool remove(QSettings &settings, const QString &id);
// A distinct colour for the n-th workspace.
QString paletteColour(int n);

} // namespace Workspaces
} // namespace callboard
