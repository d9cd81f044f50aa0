#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace docket {

struct TaskForgeJob {
    QString jobId;
    QString status; // queued, running, succeeded, failed, cancelled (lower case, as the service names them)
    QDateTime createdAt;
    QString title;     // when the service lists it
    QString error;     // the service's reason when the job failed
    QString errorCode; // and its code for it

    bool isFinished() const;  // succeeded, completed, done
    bool isFailed() const;    // failed, error, errored
    bool isCancelled() const; // cancelled, canceled
    bool isTerminal() const { return isFinished() || isFailed() || isCancelled(); }
};

struct TaskForgeInput {
    QString idempotencyKey; // the same input gives the same key, so a retried submit finds its job
    QString title;
    QString spec;
    int ticketCount = 0;    // 0: left to the service
    int maxTicketCount = 0; // 0: left to the service
    bool includeEpics = true;
    QString dependencyMode = QStringLiteral("explicit");
    QString outputDetail = QStringLiteral("standard");
};

struct TaskForgeClientOptions {
    int requestTimeoutMs = 60000; // the longest one request may wait for its answer
    // A request that fails on the way (no connection, reset, timeout, 502-504) is sent again this
    // many times. Safe for every call: reads and DELETE repeat harmlessly, and a repeated submit
    // carries the same idempotency key, so the service finds the job it already has.
    int retries = 2;
    int retryDelayMs = 1000;
};

// The TaskForge ticket-generation service (seed 001): submit a job, poll it, fetch its
// tickets.result.v1, cancel, list. Bearer API key; errors carry the service's own message and code.
// Usable on its own (the CLI lists and cancels jobs with it).
class TaskForgeClient : public QObject {
    Q_OBJECT
public:
    TaskForgeClient(QNetworkAccessManager *network, QUrl baseUrl, QString apiKey,
                    TaskForgeClientOptions options = {}, QObject *parent = nullptr);

    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    // Each calls done exactly once, unless abortAll() comes first.
    void submit(const TaskForgeInput &input, Callback<TaskForgeJob> done);
    void status(const QString &jobId, Callback<TaskForgeJob> done);
    void result(const QString &jobId, Callback<QJsonObject> done); // the raw tickets.result.v1
    void cancel(const QString &jobId, Callback<TaskForgeJob> done);
    void list(Callback<QList<TaskForgeJob>> done);

    // Drops every request under way, and the retries waiting; their callbacks are not called.
    void abortAll();

    // What the service says about a failed request, in its words: status, message, code.
    static QString serviceError(int httpStatus, const QByteArray &body);

private:
    using Done = std::function<void(Result<QJsonObject>)>;
    void call(const QByteArray &verb, const QString &path, const QByteArray &body, Done done,
              int retriesLeft);
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body);
    void jobCall(const QByteArray &verb, const QString &path, const QByteArray &body,
                 Callback<TaskForgeJob> done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    TaskForgeClientOptions m_options;
    int m_epoch = 0; // bumped by abortAll(), so retries planned before it are not sent
};

} // namespace docket
