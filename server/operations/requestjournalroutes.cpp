// The change journal of the router (requestjournalroutes.h): Idempotency-Key read, answers
// recorded and replayed as HTTP responses.
#include "requestjournalroutes.h"

#include "requestjournal.h"
#include "server/core/context.h"
#include "server/http/dispatcher.h"
#include "shared/api/operations/errors.h"

namespace kikan::operations {

namespace {

bool isChange(const QString &method)
{
    return method != QLatin1String("GET") && method != QLatin1String("HEAD")
           && method != QLatin1String("OPTIONS");
}

JournalAnswer answerOf(const http::Response &response)
{
    return {response.status, response.contentType, response.headers, response.body};
}

http::Response replayOf(const JournalAnswer &answer)
{
    http::Response r;
    r.status = answer.status;
    r.contentType = answer.contentType;
    r.headers = answer.headers;
    r.body = answer.body;
    r.headers.append({QByteArray(ReplayedHeader), QByteArray("true")});
    return r;
}

class IdempotentChanges : public http::ChangeJournal
{
public:
    IdempotentChanges(store::Database &database, const core::Clock &clock)
        : m_journal(database, clock)
    {
    }

    http::Response run(http::Request &request, const http::Route &route) override
    {
        const QString key = QString::fromLatin1(request.header(IdempotencyKeyHeader)).trimmed();
        if (!request.principal || !isChange(request.method) || key.isEmpty())
            return route.handler(request);
        if (!RequestJournal::isValidKey(key))
            throw http::ApiError(api::err::IdempotencyKeyInvalid);
        m_journal.prune();
        const JournalEntry entry = m_journal.entry(
            key, request.who().userId,
            RequestJournal::fingerprint(request.method,
                                        request.path + QLatin1Char('?')
                                            + request.query.toString(QUrl::FullyEncoded),
                                        request.body));
        if (auto earlier = m_journal.earlierAnswer(entry))
            return replayOf(*earlier);
        http::Response response;
        bool applied = false;
        try {
            RequestJournal::Claim claim(entry);
            try {
                response = route.handler(request);
            } catch (...) {
                applied = claim.applied();
                throw;
            }
            applied = claim.applied();
        } catch (const http::ApiError &error) {
            // A refusal (4xx) is the answer; after a 5xx nothing is recorded: if the change was
            // committed after all, a repeat hears in_progress, later answer_lost — never
            // "unavailable".
            if (error.httpStatus() < 500
                && error.code() != QLatin1String(api::err::IdempotencyInProgress))
                m_journal.record(entry, answerOf(http::Dispatcher::problem(error, request)), applied);
            throw;
        }
        m_journal.record(entry, answerOf(response), applied);
        return response;
    }

private:
    RequestJournal m_journal;
};

} // namespace

void installRequestJournal(core::ServerContext &context, http::Router &router)
{
    router.setChangeJournal(std::make_shared<IdempotentChanges>(context.database, context.clock));
}

} // namespace kikan::operations
