// Saving an administration record (a staff user, a group): POST to its collection when it is new,
// PUT to collection/{id} with the version it was read at when it exists (the server refuses a
// stale version with 409).
#pragma once

#include <QJsonObject>

namespace kikan::client {

class ApiClient;
class ApiReply;

// record: the record as listed (empty for a new one); body: the fields to save.
ApiReply *saveRecord(ApiClient *api, const char *collection, const QJsonObject &record,
                     QJsonObject body);

} // namespace kikan::client
