import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { FORM_FONT_VARIABLE, type AppConfig } from '@app/runtime';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { APP_CONFIG } from '../stores/stores.providers';
import { type FormFontData, parseFormFont } from './font-face';

/**
 * The CJK font the forms embed (FORM_FONT). Start-up only checks that the file can be read; the
 * font is read and parsed at the first form (about 100 ms a start saved, for the many processes
 * that never print one). A missing or unusable font does not stop the api: it logs a warning (a
 * missing file at start-up, an unusable one at the first form) and the forms routes answer 503
 * FORM_FONT_MISSING.
 */
@Injectable()
export class FormFont implements OnModuleInit {
  private readonly logger = new Logger('Forms');
  private loaded?: Promise<FormFontData | string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const unreadable = await access(this.config.forms.font.path, constants.R_OK).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => this.unreadable(error),
    );
    if (unreadable !== undefined) this.logger.warn(`printed forms unavailable: ${unreadable}`);
  }

  /** The font, or 503 naming the setting. */
  async font(): Promise<FormFontData> {
    const font = await this.read();
    if (typeof font === 'string') {
      throw new ApiError(503, 'FORM_FONT_MISSING', font, { setting: FORM_FONT_VARIABLE });
    }
    return font;
  }

  private read(): Promise<FormFontData | string> {
    this.loaded ??= this.open().then((font) => {
      if (typeof font === 'string') this.logger.warn(`printed forms unavailable: ${font}`);
      return font;
    });
    return this.loaded;
  }

  private named(): string {
    const { path, postscriptName } = this.config.forms.font;
    return `${FORM_FONT_VARIABLE}=${path}${postscriptName ? `#${postscriptName}` : ''}`;
  }

  private unreadable(error: NodeJS.ErrnoException): string {
    return `${this.named()}: cannot read the font (${error.code ?? String(error)}); install fonts-noto-cjk or set ${FORM_FONT_VARIABLE}`;
  }

  private async open(): Promise<FormFontData | string> {
    const { path, postscriptName } = this.config.forms.font;
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      return this.unreadable(error as NodeJS.ErrnoException);
    }
    return parseFormFont(bytes, this.named(), postscriptName);
  }
}
