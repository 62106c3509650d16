// WorkspaceHub::Board: one workspace's pieces, shared by the hub's two source files.
#pragma once

#include "WorkspaceHub.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SecretStore.h"

namespace callboard {

struct WorkspaceHub::Board
{
    Workspace workspace;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<AppController> controller; // last: goes first, it uses the two above
    WorkspaceBar *bar = nullptr;              // in the board's window
    bool done = false;                        // --once over every workspace
    int code = 0;
    QString message;
};

} // namespace callboard
