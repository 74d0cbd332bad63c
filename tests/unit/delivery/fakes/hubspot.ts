import { serve, type Served } from './http';

export type Submission = {
  portalId: string;
  formId: string;
  fields: { objectTypeId: string; name: string; value: string }[];
  context?: { pageUri?: string; pageName?: string };
  legalConsentOptions?: { consent?: { consentToProcess?: boolean; text?: string } };
};

/**
 * HubSpot's Forms API v3 submit endpoint as documented: POST
 * /submissions/v3/integration/submit/{portalId}/{formGuid} with JSON fields; 404 for a form
 * other than `form` (when given); 400 with an error
 * list when the body is wrong, 404 for another path, 200 with an inline message otherwise.
 */
export async function fakeHubspot(form?: string): Promise<Served & { submissions: Submission[] }> {
  const submissions: Submission[] = [];
  const served = await serve((req, body, res) => {
    const match = /^\/submissions\/v3\/integration\/submit\/(\d+)\/([0-9a-f-]{36})$/.exec(
      req.url ?? '',
    );
    if (req.method !== 'POST' || !match || (form && match[2] !== form)) {
      return void res.writeHead(404).end('{"status":"error","message":"Form not found"}');
    }
    let parsed: Omit<Submission, 'portalId' | 'formId'>;
    try {
      parsed = JSON.parse(body);
    } catch {
      return void res.writeHead(400).end('{"status":"error","message":"Invalid JSON"}');
    }
    if (!Array.isArray(parsed.fields) || !parsed.fields.some((f) => f.name === 'email')) {
      return void res
        .writeHead(400, { 'content-type': 'application/json' })
        .end('{"status":"error","errors":[{"errorType":"REQUIRED_FIELD"}]}');
    }
    submissions.push({ portalId: match[1]!, formId: match[2]!, ...parsed });
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end('{"inlineMessage":"Thanks for submitting the form."}');
  });
  return Object.assign({ submissions }, served);
}
