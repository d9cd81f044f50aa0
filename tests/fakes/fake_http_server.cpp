#include "fake_http_server.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onConnection);
}

QUrl FakeHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeHttpServer::enqueue(const Response &response)
{
    m_script.push_back(response);
}

void FakeHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

QJsonObject FakeHttpServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

void FakeHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return; // the body is still on its way
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            m_requests.append(request);
            Response response;
            if (!m_script.empty()) {
                response = m_script.front();
                m_script.pop_front();
            } else if (m_handler) {
                response = m_handler(request);
            } else {
                response.status = 404;
                response.chunks = {"{\"error\":\"no scripted response\"}"};
            }
            serve(socket, response);
        });
    }
}

namespace {

// Writes one scripted response, a chunk at a time; lives and dies with its socket.
class ResponseWriter : public QObject {
public:
    ResponseWriter(QTcpSocket *socket, const FakeHttpServer::Response &response)
        : QObject(socket)
        , m_socket(socket)
        , m_response(response)
    {
        QTimer::singleShot(m_response.delayMs, this, [this] { next(); });
    }

private:
    void next()
    {
        if (m_sent == m_response.dropAfterChunks) {
            m_socket->abort();
            return;
        }
        if (m_sent == m_response.stallAfterChunks)
            return; // silent, with the connection left open
        if (m_sent == m_response.chunks.size()) {
            m_socket->disconnectFromHost();
            return;
        }
        m_socket->write(m_response.chunks.at(m_sent++));
        m_socket->flush();
        QTimer::singleShot(m_response.delayMs, this, [this] { next(); });
    }

    QTcpSocket *m_socket;
    FakeHttpServer::Response m_response;
    qsizetype m_sent = 0;
};

} // namespace

void FakeHttpServer::serve(QTcpSocket *socket, const Response &response)
{
    if (response.unanswered)
        return; // the connection stays open until the client gives up
    // The length of every chunk is announced, so a client can tell a stream cut short by a fault
    // from one that ended; the chunks still arrive one by one.
    qsizetype length = 0;
    for (const QByteArray &chunk : response.chunks)
        length += chunk.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) +
                      " Status\r\nContent-Type: " + response.contentType +
                      "\r\nContent-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n");
    new ResponseWriter(socket, response);
}
