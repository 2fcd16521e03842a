/** An e-mail as the mail readers give it: the text to scan and the attached files, still unread. */
export interface Mail {
  /** Subject, sender and recipients (names and addresses), one per line. */
  header: string;
  /** The message text (HTML bodies turned into text). */
  body: string;
  attachments: MailAttachment[];
  /** The message itself is encrypted (S/MIME enveloped data, PGP/MIME): its content cannot be read. */
  encrypted?: boolean;
}

export interface MailAttachment {
  name: string;
  mime: string;
  bytes: Uint8Array;
}
