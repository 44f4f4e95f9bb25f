import forge from 'node-forge';
import { type CertificateDetails, describeCertificate } from './certificate-details';
import { invalidCertificateFile, wrongPassphrase } from './signature-errors';

/**
 * Opens a PKCS#12 with its passphrase and describes the certificate that belongs to its private key
 * (a file may carry the issuing CA's certificates too). The passphrase is used here and not kept.
 *
 * @throws DomainError `CERTIFICATE_PASSPHRASE_WRONG` (field `passphrase`) or `CERTIFICATE_INVALID`
 * (field `p12`) — never a message that repeats the passphrase.
 */
export function inspectP12(p12: Buffer, passphrase: string): CertificateDetails {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')));
  } catch {
    throw invalidCertificateFile({
      id: 'bukan berkas PKCS#12 (.p12/.pfx).',
      en: 'not a PKCS#12 (.p12/.pfx) file.',
    });
  }
  let store: forge.pkcs12.Pkcs12Pfx;
  try {
    store = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    // forge reports a failed integrity check as "MAC could not be verified. Invalid password?";
    // a wrong passphrase on a file without MAC fails while decrypting its bags.
    if (/password|MAC|decrypt|padding/i.test(message)) throw wrongPassphrase();
    if (/not RSA|OID/i.test(message))
      throw invalidCertificateFile({
        id: 'hanya kunci RSA yang didukung.',
        en: 'only RSA keys are supported.',
      });
    throw invalidCertificateFile({ id: 'isi berkas tidak terbaca.', en: 'its content cannot be read.' });
  }
  return describeCertificate(signerCertificateDer(store));
}

/** The DER of the certificate whose public key matches the file's (shrouded) private key. */
function signerCertificateDer(store: forge.pkcs12.Pkcs12Pfx): Buffer {
  const keyBags = store.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[
    forge.pki.oids.pkcs8ShroudedKeyBag!
  ];
  const key = keyBags?.[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key)
    throw invalidCertificateFile({
      id: 'tidak berisi kunci privat terenkripsi.',
      en: 'it holds no encrypted private key.',
    });
  const certBags = store.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  const own = certBags
    .map((bag) => bag.cert)
    .find((cert): cert is forge.pki.Certificate => {
      const publicKey = cert?.publicKey as forge.pki.rsa.PublicKey | undefined;
      return !!publicKey && publicKey.n.compareTo(key.n) === 0 && publicKey.e.compareTo(key.e) === 0;
    });
  if (!own)
    throw invalidCertificateFile({
      id: 'tidak ada sertifikat yang cocok dengan kunci privatnya.',
      en: 'no certificate matches its private key.',
    });
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(own)).getBytes(), 'binary');
}
