import { readFile } from 'node:fs/promises';
import { FORM_FONT_VARIABLE, type AppConfig } from '@app/runtime';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { APP_CONFIG } from '../stores/stores.providers';
import { type FormFontData, parseFormFont } from './font-face';

/**
 * The CJK font the forms embed (FORM_FONT), read once. A missing or unusable font does not stop
 * the api: start-up logs a warning and the forms routes answer 503 FORM_FONT_MISSING.
 */
@Injectable()
export class FormFont implements OnModuleInit {
  private readonly logger = new Logger('Forms');
  private loaded?: Promise<FormFontData | string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const font = await this.read();
    if (typeof font === 'string') this.logger.warn(`printed forms unavailable: ${font}`);
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
    this.loaded ??= this.open();
    return this.loaded;
  }

  private async open(): Promise<FormFontData | string> {
    const { path, postscriptName } = this.config.forms.font;
    const named = `${FORM_FONT_VARIABLE}=${path}${postscriptName ? `#${postscriptName}` : ''}`;
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      return `${named}: cannot read the font (${(error as NodeJS.ErrnoException).code ?? String(error)}); install fonts-noto-cjk or set ${FORM_FONT_VARIABLE}`;
    }
    return parseFormFont(bytes, named, postscriptName);
  }
}
