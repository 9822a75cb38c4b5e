// WebAuthn between the server's JSON and the browser's ArrayBuffers: the
// server sends the options for navigator.credentials as {"publicKey": {...}}
// with binary fields in base64url, and takes the credential back as JSON
// (id, rawId, type, response.*) with binary fields in base64url.

import { decode, encode } from './b64url.js';

export function supported() {
  return Boolean(window.PublicKeyCredential && navigator.credentials);
}

// withoutNulls drops null members, which the browser rejects where it
// expects a list or a dictionary (a Go nil slice encodes as null).
function withoutNulls(value) {
  if (Array.isArray(value)) {
    return value.map(withoutNulls);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
  }
  return value;
}

function publicKeyOf(options) {
  const pk = withoutNulls(options && options.publicKey ? options.publicKey : options);
  if (!pk || typeof pk !== 'object' || !pk.challenge) {
    throw new Error('The server sent security key options this console does not understand.');
  }
  return { ...pk, challenge: decode(pk.challenge) };
}

const decodeDescriptors = (list) => list.map((d) => ({ ...d, id: decode(d.id) }));

function extensions(credential) {
  try {
    return credential.getClientExtensionResults();
  } catch {
    return {};
  }
}

// getAssertion signs in with a registered credential.
export async function getAssertion(options) {
  const publicKey = publicKeyOf(options);
  if (Array.isArray(publicKey.allowCredentials)) {
    publicKey.allowCredentials = decodeDescriptors(publicKey.allowCredentials);
  }
  const credential = await navigator.credentials.get({ publicKey });
  if (!credential) {
    throw new Error('No security key answered.');
  }
  const r = credential.response;
  const response = {
    clientDataJSON: encode(r.clientDataJSON),
    authenticatorData: encode(r.authenticatorData),
    signature: encode(r.signature),
  };
  if (r.userHandle && r.userHandle.byteLength > 0) {
    response.userHandle = encode(r.userHandle);
  }
  return {
    id: credential.id,
    rawId: encode(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment || undefined,
    response,
    clientExtensionResults: extensions(credential),
  };
}

// createCredential registers a new credential.
export async function createCredential(options) {
  const publicKey = publicKeyOf(options);
  if (publicKey.user) {
    publicKey.user = { ...publicKey.user, id: decode(publicKey.user.id) };
  }
  if (Array.isArray(publicKey.excludeCredentials)) {
    publicKey.excludeCredentials = decodeDescriptors(publicKey.excludeCredentials);
  }
  const credential = await navigator.credentials.create({ publicKey });
  if (!credential) {
    throw new Error('No security key answered.');
  }
  const r = credential.response;
  const response = {
    clientDataJSON: encode(r.clientDataJSON),
    attestationObject: encode(r.attestationObject),
  };
  if (typeof r.getTransports === 'function') {
    response.transports = r.getTransports();
  }
  return {
    id: credential.id,
    rawId: encode(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment || undefined,
    response,
    clientExtensionResults: extensions(credential),
  };
}
