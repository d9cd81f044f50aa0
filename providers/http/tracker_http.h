#pragma once

#include "common/result.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

class QNetworkAccessManager;

namespace docket {

// How hard and how fast Docket may talk to a tracker. GitHub asks for one write at a time, at
// least a second apart; the pace is a setting so tests against the emulators can shorten it.
struct HttpPolicy {
    int minimumWriteSpacingMs = 1000;
    int maxAttempts = 5;      // per request, for answers that are safe to try again
    int baseBackoffMs = 1000; // doubled each attempt, with jitter
    int maxBackoffMs = 60000;
    int maxRateLimitWaitMs = 15 * 60 * 1000; // longer than this and the request fails, saying until when
    int requestTimeoutMs = 30000;
};

// What came back for one request, after the retries the policy allows.
struct HttpOutcome {
    enum class Kind {
        Answered, // the tracker answered (any status the caller must judge, e.g. 201, 404, 422)
        Unknown,  // a write whose fate is unknown (timeout, reset, 5xx): look before sending again
        Failed,   // nothing more to try (rate limit too long, network down for reads, no token)
        Cancelled,
    };
    Kind kind = Kind::Failed;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString message;                       // for Unknown and Failed, in words for the PM
    int attempts = 0;
};

// Where a request's credential comes from: the current token, and a renewed one after a 401
// (AccountService::accessToken / recoverFromUnauthorized). The token goes on through `apply`.
struct TokenSource {
    std::function<void(std::function<void(Result<QString>)>)> current;
    std::function<void(const QString &rejected, std::function<void(Result<QString>)>)> renew;
    std::function<void(QNetworkRequest &, const QString &)> apply;
};

// The HTTP layer under every tracker: one request at a time, writes spaced by the policy,
// Retry-After and rate-limit resets honoured (GitHub's 403/429 secondary limits, Linear's and
// Jira's 429), exponential backoff with jitter for 5xx, HTML error pages and network errors on
// requests that are safe to repeat, one token renewal after a 401. A write that may have reached
// the tracker is never repeated blindly: it comes back as Unknown.
// Beware, below this layer: over HTTP/1.1, QtNetwork 6.4 itself sends a request again when the
// connection closes before the first byte of the answer, whatever the method. HTTP/2 (what the
// trackers' HTTPS endpoints negotiate) does not; pushes still look for the push key afterwards.
class TrackerHttp : public QObject {
    Q_OBJECT
public:
    TrackerHttp(QNetworkAccessManager *network, HttpPolicy policy, QObject *parent = nullptr);
    ~TrackerHttp() override;

    void setTokenSource(TokenSource source) { m_tokens = std::move(source); }

    // `repeatable`: true for reads and for writes the tracker deduplicates (e.g. Linear creates
    // that carry their own id); false for plain creates.
    void send(const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body, bool repeatable,
              std::function<void(HttpOutcome)> done);
    // Pending requests end as Cancelled; one already on the wire is let finish (its answer is
    // still reported), so nothing is left half-done.
    void cancelPending();
    int pendingCount() const { return int(m_queue.size()); }

    static bool isWrite(const QByteArray &verb);
    // How long a rate-limited answer asks to wait, or -1 when it is not one.
    static qint64 rateLimitWaitMs(int status, const QHash<QByteArray, QByteArray> &headers,
                                  qint64 nowEpochMs);

private:
    struct Pending {
        QByteArray verb;
        QNetworkRequest request;
        QByteArray body;
        bool repeatable = false;
        std::function<void(HttpOutcome)> done;
        int attempts = 0;
        bool renewedToken = false;
        QString token;
        quint64 serial = 0; // answers that arrive for a request no longer at the front are dropped
    };

    void startNext();
    void attempt();
    void withToken(std::function<void()> then);
    bool isFront(quint64 serial) const { return !m_queue.empty() && m_queue.front().serial == serial; }
    QNetworkReply *dispatch(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body);
    void onFinished(QNetworkReply *reply);
    void retryAfter(int delayMs);
    void finish(HttpOutcome outcome);
    int backoffMs(int attempts) const;

    QNetworkAccessManager *m_network;
    HttpPolicy m_policy;
    TokenSource m_tokens;
    std::deque<Pending> m_queue;
    bool m_busy = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_wait;
    qint64 m_lastWriteStartMs = -1;
    quint64 m_nextSerial = 1;
};

} // namespace docket
