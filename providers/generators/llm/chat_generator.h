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

// What a chat answer has delivered so far.
struct ChatStream {
    QString content;
    QString finishReason;
    std::optional<int> promptTokens;
    std::optional<int> completionTokens;
    QString error;         // an error the server reported inside the stream
    bool complete = false; // the server said the answer is over (done, a finish reason, [DONE])
};

// The work every chat-model backend shares: the document goes out part by part (never more than
// settings.chunkCharacters at once, so answers are not cut off; a part cut off anyway is sent
// again in two halves), each answer is streamed, cleaned (<think> blocks, code fences), repaired
// to the draft rules, renumbered and merged. A server silent for settings.timeoutSeconds fails the
// generation; cancel() aborts the request at once. The API key goes in a header only: it is never
// part of a message, a warning or a log line.
class ChatGenerator : public TicketGenerator {
    Q_OBJECT
public:
    // How firmly the server is asked for JSON. A server that refuses a format is asked again one
    // step down (the prompt asks for JSON anyway, and every answer is checked).
    enum class OutputFormat { JsonSchema, JsonObject, Plain };

    ChatGenerator(QNetworkAccessManager *network, GeneratorSettings settings, QObject *parent = nullptr);
    ~ChatGenerator() override;

    void setOutputFormat(OutputFormat format) { m_outputFormat = format; } // JsonObject by default
    OutputFormat outputFormat() const { return m_outputFormat; }

    void start(const GenerationRequest &request) override;
    void cancel() override;

protected:
    virtual QNetworkRequest chatRequest() const = 0;
    virtual QByteArray chatBody(const QString &system, const QString &user) const = 0;
    // Reads whatever complete lines the buffer holds into the stream; leaves a partial line.
    virtual void consume(QByteArray &buffer, ChatStream &stream) const = 0;
    // Reads a whole answer from a server that ignored "stream": true.
    virtual void consumeWhole(const QByteArray &body, ChatStream &stream) const = 0;
    // The server's own words for a failed request, from its JSON error body.
    virtual QString serverMessage(const QByteArray &body) const = 0;
    // True when the server refused the request only for its output format.
    virtual bool refusesOutputFormat(int httpStatus, const QString &serverMessage) const = 0;

    const GeneratorSettings &settings() const { return m_settings; }
    // The endpoint under the base URL (a trailing slash on the base is ignored), JSON in, key as
    // a Bearer token when there is one.
    QNetworkRequest jsonRequest(const QString &endpointPath) const;
    static QJsonArray messages(const QString &system, const QString &user);

private:
    void sendPart();
    void onReadyRead();
    void onFinished();
    void finishPart();
    void mergePart(DraftSet part);
    void complete();
    void fail(const QString &message);
    QString partLabel() const;

    QNetworkAccessManager *m_network;
    GeneratorSettings m_settings;
    OutputFormat m_outputFormat = OutputFormat::JsonObject;
    GenerationRequest m_request;
    QList<QList<Block>> m_parts;
    int m_partIndex = 0;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;   // streamed bytes not yet read as a line
    QByteArray m_body;     // the part's whole answer, for servers that do not stream
    qint64 m_received = 0; // bytes of this generation, for progress
    ChatStream m_stream;
    QTimer m_idleTimer;
    QElapsedTimer m_clock;
    DraftSet m_result;
    bool m_done = true;
};

} // namespace docket
