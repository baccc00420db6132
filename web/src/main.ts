import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';
import { startLoadingFirstPage } from './app/first-pages';

startLoadingFirstPage(location.pathname);
bootstrapApplication(AppComponent, appConfig).catch((error: unknown) => console.error(error));
