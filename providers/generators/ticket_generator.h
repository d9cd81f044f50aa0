#pragma once

#include "common/result.h"
#include "domain/block.h"
#include "domain/document.h"
#include "domain/draft.h"

#include <QObject>

namespace docket {

struct GenerationRequest {
    Document document;
    QList<Block> blocks;                // in document order
    QList<BlockType> includeBlockTypes; // seed 000's include_block_types; empty: every type
    int ticketCountHint = 0;            // for LLM backends: roughly how many tickets to aim for
    int maxTicketCount = 0;             // for LLM backends: 0 means no limit
};

// Turns a document's blocks into a DraftSet (tickets.result.v1). Asynchronous: start() returns at
// once; progress arrives as signals on the generator's thread; exactly one of finished or failed
// follows, also after cancel() (failed with a "cancelled" message then).
class TicketGenerator : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString id() const = 0; // "rules", "ollama", "openai", "taskforge"
    virtual void start(const GenerationRequest &request) = 0;
    virtual void cancel() = 0;

signals:
    void progressChanged(int percent, const QString &message);
    void finished(const docket::DraftSet &result);
    void failed(const QString &message);
};

} // namespace docket

Q_DECLARE_METATYPE(docket::DraftSet)
