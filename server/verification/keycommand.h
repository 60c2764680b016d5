// `kikan-server signing-key list | rotate | revoke <鍵ID> --reason <理由>`: the administrator's view of
// the certificate signing keys (keystore.h).
#pragma once

#include "server/module/module.h"

namespace kikan::verification {
class KeyStore;
// The subcommand, working on the keys of the server whose data folder the configuration names.
// `keys` gives the started module's key store.
module::Command signingKeyCommand(std::function<KeyStore &()> keys);
}
