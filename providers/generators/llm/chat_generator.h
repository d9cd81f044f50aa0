#pragma once

#include "generators/generator_settings.h"
#include "generators/ticket_generator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace docket {

// What a streamed chat answer has delivered so far.
struct ChatStream {
    QString content;
    QString finishReason;
    std::optional<int> promptTokens;
    std::optional<int> completionTokens;
    QString error; // an error the server reported inside the stream
};

// The work every chat-model backend shares: the document goes out part by part (never more than
// settings.chunkCharacters at once, so answers are not cut off), each answer is streamed, cleaned
// (<think> blocks, code fences), repaired to the draft rules, renumbered and merged. A server
// silent for settings.timeoutSeconds fails the generation; cancel() aborts the request at once.
class ChatGenerator : public TicketGenerator {
    Q_OBJECT
public:
    ChatGenerator(QNetworkAccessManager *network, GeneratorSettings settings, QObject *parent = nullptr);
    ~ChatGenerator() override;

    void start(const GenerationRequest &request) override;
    void cancel() override;

protected:
    virtual QNetworkRequest chatRequest() const = 0;
    virtual QByteArray chatBody(const QString &system, const QString &user) const = 0;
    // Reads whatever complete lines the buffer holds into the stream; leaves a partial line.
    virtual void consume(QByteArray &buffer, ChatStream &stream) const = 0;
    // The server's own words for a failed request, from its JSON error body.
    virtual QString serverMessage(const QByteArray &body) const = 0;
    // True when the request failed only because the server does not offer structured output and
    // the part should be sent again without asking for it.
    virtual bool dropStructuredOutput(int httpStatus, const QString &serverMessage)
    {
        Q_UNUSED(httpStatus);
        Q_UNUSED(serverMessage);
        return false;
    }

    const GeneratorSettings &settings() const { return m_settings; }
    // The endpoint under the base URL (a trailing slash on the base is ignored), JSON in, key as
    // a Bearer token when there is one.
    QNetworkRequest jsonRequest(const QString &endpointPath) const;
    static QJsonArray messages(const QString &system, const QString &user);

private:
    void sendPart();
    void onReadyRead();
    void onFinished();
    void fail(const QString &message);
    void finishPart();

    QNetworkAccessManager *m_network;
    GeneratorSettings m_settings;
    GenerationRequest m_request;
    QList<QList<Block>> m_parts;
    int m_partIndex = 0;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QByteArray m_errorBody;
    ChatStream m_stream;
    QTimer m_idleTimer;
    QElapsedTimer m_clock;
    DraftSet m_result;
    bool m_done = true;
};

} // namespace docket
