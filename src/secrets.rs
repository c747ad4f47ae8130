//! Tokens in the OS keyring (Keychain, Credential Manager, Secret Service with a
//! keyutils fallback), through keyring-core stores.
//!
//! Headless machines usually have no usable keyring; every failure here says which
//! environment variable to set instead. `GH_DEBUSSY_SYNC_KEYRING=none` turns the
//! keyring off (CI, containers), so only environment variables are used.

use octocrab::secrecy::{ExposeSecret, SecretString};
use std::sync::Once;

/// The keyring service name of our entries.
pub const SERVICE: &str = "gh-debussy-sync";

/// Why the keyring could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyringError {
    #[error("no usable OS keyring ({0})")]
    Unavailable(String),
    #[error("keyring: {0}")]
    Failed(String),
}

/// Access to our keyring entries.
#[derive(Debug, Clone, Copy)]
pub struct Keyring {
    disabled: bool,
}

static INIT: Once = Once::new();

impl Keyring {
    pub fn new(disabled: bool) -> Keyring {
        Keyring { disabled }
    }

    fn entry(&self, account: &str) -> Result<keyring_core::Entry, KeyringError> {
        if self.disabled {
            return Err(KeyringError::Unavailable(
                "disabled by GH_DEBUSSY_SYNC_KEYRING=none".into(),
            ));
        }
        INIT.call_once(|| {
            // A store set before (tests install the mock store) is kept.
            if keyring_core::get_default_store().is_none() {
                if let Some(store) = platform_store() {
                    keyring_core::set_default_store(store);
                }
            }
        });
        if keyring_core::get_default_store().is_none() {
            return Err(KeyringError::Unavailable(
                "no credential store on this system".into(),
            ));
        }
        keyring_core::Entry::new(SERVICE, account).map_err(classify)
    }

    /// The secret stored for `account`, if any.
    pub fn get(&self, account: &str) -> Result<Option<SecretString>, KeyringError> {
        match self.entry(account)?.get_password() {
            Ok(p) => Ok(Some(SecretString::from(p))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(classify(e)),
        }
    }

    /// Stores a secret for `account`.
    pub fn set(&self, account: &str, secret: &SecretString) -> Result<(), KeyringError> {
        self.entry(account)?
            .set_password(secret.expose_secret())
            .map_err(classify)
    }

    /// Deletes the entry; returns whether there was one.
    pub fn delete(&self, account: &str) -> Result<bool, KeyringError> {
        match self.entry(account)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring_core::Error::NoEntry) => Ok(false),
            Err(e) => Err(classify(e)),
        }
    }
}

/// Errors never carry the secret: keyring-core errors name the platform failure only.
fn classify(e: keyring_core::Error) -> KeyringError {
    match e {
        keyring_core::Error::NoStorageAccess(inner)
        | keyring_core::Error::PlatformFailure(inner) => KeyringError::Unavailable(
            inner
                .to_string()
                .lines()
                .next()
                .unwrap_or_default()
                .to_string(),
        ),
        keyring_core::Error::NoDefaultStore => {
            KeyringError::Unavailable("no credential store".into())
        }
        other => KeyringError::Failed(
            other
                .to_string()
                .lines()
                .next()
                .unwrap_or_default()
                .to_string(),
        ),
    }
}

#[cfg(target_os = "linux")]
fn platform_store() -> Option<std::sync::Arc<keyring_core::CredentialStore>> {
    if let Ok(store) = zbus_secret_service_keyring_store::Store::new() {
        return Some(store);
    }
    linux_keyutils_keyring_store::Store::new()
        .ok()
        .map(|s| s as std::sync::Arc<keyring_core::CredentialStore>)
}

#[cfg(target_os = "macos")]
fn platform_store() -> Option<std::sync::Arc<keyring_core::CredentialStore>> {
    apple_native_keyring_store::keychain::Store::new()
        .ok()
        .map(|s| s as std::sync::Arc<keyring_core::CredentialStore>)
}

#[cfg(target_os = "windows")]
fn platform_store() -> Option<std::sync::Arc<keyring_core::CredentialStore>> {
    windows_native_keyring_store::Store::new()
        .ok()
        .map(|s| s as std::sync::Arc<keyring_core::CredentialStore>)
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn platform_store() -> Option<std::sync::Arc<keyring_core::CredentialStore>> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_get_delete_through_the_default_store() {
        keyring_core::set_default_store(keyring_core::mock::Store::new().unwrap());
        let k = Keyring::new(false);
        let account = "jira:https://acme.atlassian.net";
        assert!(k.get(account).unwrap().is_none());
        k.set(account, &SecretString::from("s3cret".to_string()))
            .unwrap();
        assert_eq!(k.get(account).unwrap().unwrap().expose_secret(), "s3cret");
        assert!(k.delete(account).unwrap());
        assert!(!k.delete(account).unwrap());
    }

    #[test]
    fn disabled_keyring_is_unavailable() {
        assert!(matches!(
            Keyring::new(true).get("x"),
            Err(KeyringError::Unavailable(_))
        ));
    }
}
