#include "SimTcpServer.h"

#include <QTcpSocket>

namespace callboard::sim {

void SimTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_shouldReset && m_shouldReset()) {
        // abort() closes at once; with the client's request still unread, the kernel
        // answers with an RST, which the client sees as a connection reset / closed.
        socket->abort();
        socket->deleteLater();
        Q_EMIT connectionReset();
        return;
    }
    addPendingConnection(socket);
}

} // namespace callboard::sim
