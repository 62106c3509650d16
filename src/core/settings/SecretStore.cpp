#include "SecretStore.h"

namespace callboard {

void SecretStore::deliverLater(QObject *context, Callback done, const SecretResult &result)
{
    // A queued call on a receiver that is deleted first is dropped by Qt.
    QMetaObject::invokeMethod(
        context ? context : this,
        [done = std::move(done), result] {
            if (done)
                done(result);
        },
        Qt::QueuedConnection);
}

} // namespace callboard
